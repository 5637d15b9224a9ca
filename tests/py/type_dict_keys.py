# dict keys: equal-hash keys, user classes with __hash__/__eq__, unhashable keys, key identity
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%d)" % self.v
d = {}
for i in range(7):
    d[Key(i)] = i * 10
print(d)
print(d[Key(4)], Key(4) in d, Key(9) in d, d.get(Key(10), "none"))
del d[Key(3)]
print(d, len(d))
class Plain:
    pass
p1, p2 = Plain(), Plain()
pd = {p1: "p1", p2: "p2"}
print(pd[p1], pd[p2], len(pd), Plain() in pd)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b"}, {(1, 2): 0, (1.0, 2.0): 1}, {frozenset([1]): "fs"}[frozenset({1})])
print({"": 0, " ": 1, None: 2, (): 3, 0: 4, False: 5})
r = {range(3): "r"}
print(r[range(0, 3)], range(3) in r, range(0, 3, 1) in r, range(4) in r)
for bad in ([], {}, set(), [1, 2], ({},), [0]):
    try:
        print({bad: 1})
    except TypeError as e:
        print(type(e).__name__, e)
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash%d" % self.v)
        return 1
    def __eq__(self, other):
        calls.append("eq%d,%d" % (self.v, other.v))
        return self.v == other.v
ld = {Loud(1): "a"}
ld[Loud(2)] = "b"
print(len(ld), ld[Loud(2)], calls)
nan = float("nan")
nd = {nan: 1}
nd[float("nan")] = 2
print(len(nd), nd[nan], float("nan") in nd)
print(hash(Key(5)) == hash(Key(2)), Key(5) == Key(5), Key(5) != Key(2))
