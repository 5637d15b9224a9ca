# sorted() on many iterables with key/reverse/stability; reversed() on sequences and __reversed__
print(sorted([3, 1, 2]), sorted("hello"), sorted((3.5, -1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 2, 8}))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A"], reverse=True))
print(sorted(range(10), key=lambda v: v % 3), sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted(["ccc", "a", "bb", "dd", "e"], key=len), sorted(["ccc", "a", "bb", "dd", "e"], key=len, reverse=True))
print(sorted([(2, "x"), (1, "y"), (2, "a")]), sorted([[3], [1, 2], []]), sorted([-1, 1, -2, 2], key=abs))
print(sorted(map(str, range(12))), sorted(map(str, range(12)), key=int), sorted(iter([2, 1])), sorted(""))
print(sorted([1, 2, 3], key=None), sorted([1, 2, 3], reverse=False), sorted([0.1, 1e-5, 1e5, -0.0, 0]))
for args, kw in [((5,), {}), (([1, "a"],), {}), (([1], [2]), {}), (([1],), {"cmp": None}), ((), {})]:
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})), list(reversed({}.items())))
r = reversed([10, 20, 30])
print(next(r), list(r), list(r), type(r).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "s%d" % i
print(list(reversed(Countdown())), list(reversed(Seq())), list(Seq()))
for bad in (5, {1, 2}, iter([1]), None, (x for x in "a")):
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(sorted(data), key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0])))
