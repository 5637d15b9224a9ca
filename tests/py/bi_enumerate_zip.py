# enumerate (start) and zip (uneven lengths, many iterables, strict) incl. laziness and errors
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate(range(3), start=10)), list(enumerate("x", 2 ** 70)), dict(enumerate("hi")))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip("abc", range(10), [True, False])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip("abc", range(3))), list(zip(*zip("ab", "cd"))))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print(type(err).__name__, err)
pulled = []
def gen(name, n):
    for i in range(n):
        pulled.append((name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))), pulled)
z = zip("ab", [1, 2])
print(next(z), list(z), list(z), type(z).__name__)
for bad in (5, None):
    try:
        enumerate(bad)
    except TypeError as err:
        print(type(err).__name__, err)
    try:
        zip([1], bad)
    except TypeError as err:
        print(type(err).__name__, err)
try:
    enumerate([1], "2")
except TypeError as err:
    print(type(err).__name__, err)
try:
    enumerate()
except TypeError as err:
    print(type(err).__name__, err)
names, scores = ["ann", "bob", "cy"], [90, 75, 88]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(rank, name, score)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)], list(zip(matrix[0], matrix[0][1:])))
print([i * v for i, v in enumerate([5, 6, 7])], [k for k, _ in zip(range(100), "abc")])
