# set methods: add/remove/discard/pop/clear/copy/update family and algebra methods
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.remove(1)
s.discard(10)
s.discard(2)
print(s)
c = s.copy()
c.add(99)
print(s, c, c is s)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a), a.symmetric_difference(b))
print(a.union([7], (8,), range(9, 11)), a.intersection([1, 2], {2, 3}), a.difference([1], [2]), a.union())
print(a.issubset({1, 2, 3, 4, 5}), a.issubset(a), {1}.issubset([1, 2]), a.issuperset({1, 2}), a.issuperset([9]))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), set().isdisjoint(set()), a.isdisjoint([4]))
x = {1, 2, 3}
x.update([3, 4], {5})
print(x)
x.intersection_update({1, 2, 3, 4, 10}, [2, 3, 4])
print(x)
x.difference_update([2])
print(x)
x.symmetric_difference_update({3, 7})
print(x)
print(x.pop(), x)
x.clear()
print(x, len(x), bool(x))
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove([1]), lambda: {1}.add([]),
          lambda: {1}.discard({}), lambda: {1}.update(5), lambda: {1}.union(1), lambda: {1}.issubset(2),
          lambda: set().add(), lambda: {1}.remove("a"), lambda: {(1, 2)}.remove((2, 1))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
words = set("the cat sat on the mat".split())
print(sorted(words), len(words), "cat" in words, "dog" in words)
print(sorted(words.union({"dog"})), sorted(words - {"the", "on"}), sorted(set("hello") & set("world")))
seen = set()
dups = []
for ch in "programming":
    if ch in seen:
        dups.append(ch)
    seen.add(ch)
print(dups, len(seen), sorted(seen))
print({1, 2}.__contains__(1), {1, 2}.__len__(), set.union({1}, {2}), set.intersection({1, 2}, {2}))
print(frozenset([1, 2]).union({3}), type({1}.union(frozenset())).__name__, type(frozenset().union({1})).__name__)
