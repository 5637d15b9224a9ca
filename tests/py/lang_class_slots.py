# __slots__: allowed attributes, AttributeError for others, no __dict__, inheritance
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = "back"
print(p.y)
print(P.__slots__, hasattr(p, "x"), hasattr(p, "z"))
class Child(P):
    pass
ch = Child(1, 2)
ch.z = "child has dict"
print(ch.z, ch.__dict__)
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(1, 2)
sc.z = 3
print(sc.x, sc.y, sc.z)
try:
    sc.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
class WithClassAttr:
    __slots__ = ("a",)
    shared = "class level"
w = WithClassAttr()
print(w.shared)
try:
    w.shared = "x"
except AttributeError as e:
    print(type(e).__name__, e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
print(Vec(1, 2) + Vec(3, 4), [Vec(i, -i) for i in range(2)])
