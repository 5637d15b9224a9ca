# uncaught KeyError from set.remove of a missing element
s = {1, 2, 3}
s.remove(2)
s.discard(99)
print(s, 1 in s, 2 in s)
try:
    s.remove(2)
except KeyError as e:
    print("caught:", e)
try:
    set().pop()
except KeyError as e:
    print("caught:", e)
tags = set()
for word in ["a", "b", "a", "c"]:
    tags.add(word)
print(sorted(tags), len(tags))
tags.discard("zz")
tags.remove("a")
print(sorted(tags))
frozen = frozenset(tags)
print(sorted(frozen), "b" in frozen)
removed = []
for v in sorted(tags):
    tags.remove(v)
    removed.append(v)
print(removed, tags)
print("removing 'x' from", tags)
tags.remove("x")
print("unreachable")
