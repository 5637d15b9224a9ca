# set construction, comprehensions, iteration, mutation during iteration, set() repr, membership
print(set(), repr(set()), str(set()), set([]), set(()), set(""), set({}), type({}).__name__, type({1}).__name__)
print(set([1, 1, 2]), set((3, 3)), set(range(4)), set({1: "a", 2: "b"}), set({1: 2}.values()))
print({x % 4 for x in range(10)}, {x for x in [] if x}, {(x, x) for x in range(3)}, {-x for x in range(4)})
print(sorted({c for c in "mississippi"}), sorted({w.lower() for w in "A a B b".split()}))
print(len(set("abracadabra")), sorted(set("abracadabra")), "".join(sorted(set("hello world") - {" "})))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in set(s):
    s.discard(x)
print(s)
t = {5, 6}
for x in t:
    t.add(x)
print(t)
it = iter({7, 8, 9})
print(next(it), next(it), next(it), next(it, "done"))
print(sum({1, 2, 3}), max({4, 9, 2}), min({-1, 5}), sorted({3, 1, 2}, reverse=True), len({1, 1.0, True}))
print(list(enumerate(sorted({"b", "a"}))), any({0, ""}), all({1, "x"}), all(set()), any(set()))
for bad in (1, None, 2.5):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
a = {1, 2}
b = a
b.add(3)
print(a, a is b, a == {3, 2, 1}, {1, 2, 3} == [1, 2, 3], set([1, 2]) == frozenset([2, 1]))
x = set()
x.add(())
x.add((None,))
x.add(("a", 1))
print(len(x), () in x, ("a", 1) in x, sorted(x, key=len))
