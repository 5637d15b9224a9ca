# len() on builtin containers, strings, ranges, views, user classes with __len__, and errors
print(len(""), len("abc"), len("日本"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({1: 2}.keys()), len({1: 2}.values()), len({1: 2, 3: 4}.items()), len("a\nb"), len(str(2 ** 100)))
import collections
import array
print(len(collections.deque([1, 2])), len(array.array("i", [1, 2, 3])), len(collections.Counter("aab")))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(7)), len(Sized(True)), bool(Sized(0)), bool(Sized(2)))
for obj in (Sized(-1), Sized(1.5), Sized("3"), Sized(2 ** 100)):
    try:
        print(len(obj))
    except Exception as e:
        print(type(e).__name__, e)
for obj in (5, 1.5, None, True, object(), iter([]), (x for x in []), len, map(str, [])):
    try:
        print(len(obj))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
print(len([0] * 1000), len("ab" * 500), len(list(range(123))), len(dict.fromkeys(range(50))))
print([len(w) for w in "a bb ccc".split()], max(["x", "yyy", "zz"], key=len), sorted(["bb", "a", "ccc"], key=len))
