# arithmetic dunders: binary, reflected, in-place, unary, NotImplemented fallback
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"
    def _map2(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._map2(o, lambda a, b: a + b)
    def __radd__(self, o):
        print("  __radd__ called with", o)
        return self._map2(o, lambda a, b: b + a)
    def __sub__(self, o): return self._map2(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._map2(o, lambda a, b: b - a)
    def __mul__(self, o): return self._map2(o, lambda a, b: a * b)
    def __rmul__(self, o): return self.__mul__(o)
    def __truediv__(self, o): return self._map2(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map2(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map2(o, lambda a, b: a % b)
    def __pow__(self, o): return self._map2(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._map2(o, lambda a, b: b ** a)
    def __lshift__(self, o): return self._map2(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map2(o, lambda a, b: a >> b)
    def __and__(self, o): return self._map2(o, lambda a, b: a & b)
    def __or__(self, o): return self._map2(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map2(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __divmod__(self, o): return (self // o, self % o)
a, b = V(1, -2, 3), V(4, 5, -6)
print(a + b, a - b, a * b, a * 2, 3 * a, a + 1.5)
print(10 + a)
print(10 - a, 2 ** a, a ** 2, b / 2, b // 4, b % 4)
print(a << 2, b >> 1, a & 3, a | 8, a ^ 1, a @ b)
print(-a, +a, abs(a), ~a, divmod(b, 3))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        r = Acc()
        r.items = self.items + [o]
        return r
x = Acc()
y = x
x += 1
x += 2
print(x is y, x.items)
z = x + 3
print(z is x, z.items, x.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
o = OnlyAdd(1)
o += 5
print(o.v)
try:
    o - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
class NI:
    def __add__(self, o):
        return NotImplemented
class R:
    def __radd__(self, o):
        return "R.__radd__ wins"
print(NI() + R())
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__, e)
class SubV(V):
    def __radd__(self, o):
        return "subclass reflected first"
print(V(1) + SubV(2))
