# collections.namedtuple: fields, indexing, unpacking, _replace, _asdict, _fields, _make, defaults, repr, errors
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p), list(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, p._fields, Point._fields, p._asdict(), type(p._asdict()).__name__)
q = p._replace(y=10)
print(q, p, q is p, Point._make([5, 6]), Point._make(range(2)), Point(x=3, y=4), Point(7, y=8))
P3 = namedtuple("P3", "a b c")
P3b = namedtuple("P3b", "a, b, c")
print(P3(1, 2, 3), P3b(*"xyz"), P3._fields == P3b._fields, P3.__name__)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=["eng", 100])
print(Emp("ann"), Emp("bob", "ops"), Emp("cy", salary=5), Emp._field_defaults)
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)), hash(Point(1, 2)) == hash((1, 2)))
print({Point(1, 2): "a"}[(1, 2)], Point(1, 2) + (3,), Point(1, 2) * 2, p.count(1), p.index(2), p[::-1])
R = namedtuple("R", ["def", "class", "ok"], rename=True)
print(R._fields, R(1, 2, 3))
for f in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p._replace(z=1),
          lambda: namedtuple("Bad", ["x", "x"]), lambda: namedtuple("Bad", ["1x"]), lambda: namedtuple("Bad", ["_x"]),
          lambda: namedtuple("Bad", ["class"]), lambda: Point._make([1]), lambda: p.z, lambda: setattr(p, "x", 5),
          lambda: p.__setitem__(0, 1)):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), type(v).__name__, Vec._fields)
Card = namedtuple("Card", "rank suit")
hand = [Card(r, s) for r, s in [("A", "S"), ("10", "H"), ("K", "D")]]
print(hand, [c.rank for c in hand], sorted(hand, key=lambda c: c.suit)[0])
print(Point(x=[1], y={"k": 2}), Point("a", None), Point(1.5, -0.0))
