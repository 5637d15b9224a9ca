# is / is not / in / not in for various containers and objects
a = [1, 2]
b = a
print(a is b, a is not b, [] is [], None is None, type(a) is list, type(True) is bool)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print("a" in "cat", "at" in "cat", "ct" in "cat", "" in "x", "" in "")
print(1 in (1, 2), (1, 2) in [(1, 2)], [1] in [[1], [2]], 2 in {2: "x"}, "x" in {2: "x"})
print(3 in {1, 2, 3}, 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(-5, 0), 10 ** 20 in range(10 ** 21), 2.0 in [1, 2, 3], True in [1], 0 in [False])
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items
bx = Box([1, 2])
print(1 in bx, 5 in bx, 5 not in bx)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
print(2 in g, list(g))
x = None
print(x is None, x is not None, x == None)
s = "hello"
t = s
print(s is t, s == t)
print([1, 2] not in [[1, 2]], (1,) not in [(1,)])
nested = [[1, 2], [3, 4]]
print([3, 4] in nested, 3 in nested, any(3 in row for row in nested))
