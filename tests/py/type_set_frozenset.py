# frozenset: construction, hashing, as dict keys / set members, immutability, repr
f = frozenset([3, 1, 2, 3])
print(f, frozenset(), frozenset("aa"), frozenset(range(3)), frozenset({1: 2}), frozenset(f) == f)
print(len(f), 1 in f, 5 in f, sorted(f), f == {1, 2, 3}, f.copy() == f, type(f.copy()).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): "a", frozenset([2, 3]): "b"}
print(d[frozenset([2, 1])], d.get(frozenset([9]), "none"), frozenset({3, 2}) in d)
ss = {frozenset([1]), frozenset([1]), frozenset([2]), frozenset()}
print(len(ss), frozenset() in ss, sorted(ss, key=lambda x: sorted(x)))
print({1, 2} in ss, {frozenset([1, 2]): 1}[frozenset([1, 2])])
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, f.union([7]), f.intersection([2]), f.difference(), f.symmetric_difference([3]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([0]), f < {1, 2, 3, 4}, f >= {1})
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f |= {9}
    print(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested))
power = {frozenset()}
for x in (1, 2, 3):
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
print(repr(frozenset({5})), str(frozenset([-1, -2])), frozenset([True, 1, 1.0]))
print(set(f) == f, type(set(f)).__name__, type(frozenset(set([1]))).__name__, frozenset([1]) is not None)
