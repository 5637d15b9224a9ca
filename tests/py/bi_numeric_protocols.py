# int()/float()/bool()/abs()/round()/hex() via user __int__, __float__, __index__, __bool__, __abs__ hooks
class N:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
    def __abs__(self):
        return N(abs(self.v))
    def __round__(self, n=None):
        return round(self.v, n)
    def __repr__(self):
        return "N(%r)" % (self.v,)
n = N(-3.7)
print(int(n), float(n), bool(n), abs(n), round(n), round(n, 1), bool(N(0)))
m = N(5)
print(hex(m), bin(m), oct(m), [10, 20, 30, 40, 50, 60][m], "abcdefg"[m], list(range(m)), "ab" * N(2))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()), hex(OnlyIndex()), range(OnlyIndex())[-1], "xyz" * OnlyIndex())
class OnlyFloat:
    def __float__(self):
        return 2.5
print(float(OnlyFloat()))
for f in (lambda: int(OnlyFloat()), lambda: hex(OnlyFloat()), lambda: [1][OnlyFloat()], lambda: round(OnlyFloat())):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "nope"
class BadFloat:
    def __float__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: hex(BadIndex()), lambda: [1, 2][BadIndex()]):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class IntSub(int):
    pass
class FloatSub(float):
    pass
i, f = IntSub(4), FloatSub(1.5)
print(i, f, int(i), float(f), type(int(i)).__name__, type(float(f)).__name__, type(i + 1).__name__, type(f * 2).__name__)
print(repr(i), repr(f), i == 4, f == 1.5, isinstance(i, int), hash(i) == hash(4), bool(IntSub(0)))
print(int(" 42 "), float(" -1e3 "), int(-7.9), int(7.9), float(10 ** 20))
