# comparison dunders: __eq__/__ne__/__lt__..., reflection, NotImplemented, sorting
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents == o.cents
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    __hash__ = None
a, b, c = Money(5), Money(10), Money(5)
print(a == c, a != c, a == b, a != b, a < b, b < a, a <= c, a > b, b > a, b >= a)
print(a == 5, a != 5, 5 == a, a is c)
print(sorted([Money(3), Money(1), Money(2)]), max(Money(1), Money(9)), min([b, a]))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"  Loud({self.n}).__eq__({o.n if isinstance(o, Loud) else o})")
        return NotImplemented
    def __lt__(self, o):
        print(f"  Loud({self.n}).__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"  Loud({self.n}).__gt__")
        return NotImplemented
x, y = Loud(1), Loud(2)
print(x == y)
print(x == x)
print(x != y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), sorted(vs, reverse=True)[0])
print(Ver("2.0") > Ver("1.9"), Ver("1.0") < Ver("1.0.1"), Ver("3") == Ver("3"))
print(Ver("1.0") in [Ver("1.0")], [Ver("1")].index(Ver("1")), [Ver("1"), Ver("2")].count(Ver("2")))
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, 1 == Always(), None == Always(), Always() != 2)
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __lt__(self, o):
        return 0
print(Weird() == 1, Weird() < 1, bool(Weird() < 1), Weird() != 1)
