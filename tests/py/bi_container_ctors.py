# list/tuple/dict/set/frozenset constructors from generators, iterators, dicts, strings, and other containers
gen = (i * i for i in range(5))
print(list(gen), list(gen), tuple(i for i in "ab"), set(i % 3 for i in range(10)), frozenset(x for x in [2, 2]))
print(dict((k, len(k)) for k in ["a", "bb"]), dict(zip(range(3), "xyz")), dict(map(lambda i: (i, -i), range(3))))
src = {"b": 2, "a": 1}
print(list(src), tuple(src.values()), set(src.items()) == {("a", 1), ("b", 2)}, dict(src.items()), sorted(set(src)))
print(list(range(3)), tuple(range(3, 0, -1)), set(range(5)), list(reversed(range(3))), list(enumerate("ab")))
print(list("héllo"), tuple("ab"), sorted(set("hello")), dict.fromkeys("aab", 0), list({1: 2, 3: 4}.keys()))
print(list(iter([1, 2])), tuple(iter(())), list(map(str, (1, 2))), list(filter(None, (0, 1))), list(zip("ab", "cd")))
lst = [1, 2, 3]
copy = list(lst)
copy.append(4)
print(lst, copy, tuple(lst) == (1, 2, 3), list(tuple(lst)) == lst, set(lst) == {3, 2, 1}, frozenset(lst) == set(lst))
print(dict([(1, "a")]), dict(a=1, b=2), dict({"x": 0}, y=1), dict(dict(a=[1])))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), tuple(It()), set(It()), dict.fromkeys(It()), sorted(It(), reverse=True), sum(It()), max(It()))
class G:
    def __getitem__(self, i):
        if i < 4:
            return chr(97 + i)
        raise IndexError
print(list(G()), "".join(G()), "c" in G(), tuple(G())[1:])
class BadIter:
    def __iter__(self):
        return 5
for ctor in (list, tuple, set, dict):
    try:
        ctor(BadIter())
    except TypeError as e:
        print(ctor.__name__, type(e).__name__, e)
class Boom:
    def __iter__(self):
        yield 1
        raise ValueError("mid-iteration failure")
try:
    list(Boom())
except ValueError as e:
    print(type(e).__name__, e)
