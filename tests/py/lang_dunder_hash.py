# __eq__ and __hash__: dict keys, set members, unhashable when __eq__ without __hash__
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
d = {Pt(1, 2): "a"}
print(d[Pt(1, 2)], Pt(1, 2) in d, Pt(2, 1) in d)
s = {Pt(0, 0), Pt(0, 0), Pt(1, 1)}
print(len(s), Pt(1, 1) in s)
d[Pt(1, 2)] = "replaced"
print(d, len(d))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}), hash(p1) == hash(p1))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"CH({self.v})"
s = {ConstHash(1), ConstHash(2), ConstHash(1)}
print(sorted(s, key=lambda c: c.v), hash(ConstHash(9)))
class HashOnly:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
a, b = HashOnly(1), HashOnly(1)
print(len({a, b}), a == b)
class Child(Pt):
    pass
print(Pt(1, 2) == Child(1, 2), hash(Child(3, 4)) == hash(Pt(3, 4)), {Child(1, 2): 1}.get(Pt(1, 2)))
class ChildEq(Pt):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), {1: "int", 1.0: "float"})
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
