# tuple comparison (lexicographic), hashing, tuples as dict keys and in sets, sorting
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print((1, "a") < (1, "b"), (1, (2, 3)) < (1, (2, 4)), (0, 9) <= (0, 9), (0,) >= (0, -1))
print((float("nan"),) == (float("nan"),), (1,) == [1], (1, 2) == (1, 2, 3))
n = float("nan")
print((n,) == (n,), (n, 1) < (n, 2), (1, n) < (1, n))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((0,)), hash((1.0, True)) == hash((1, 1)), hash(((1,), (2,))))
d = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(d[(0, 0)], d[1, 0], d.get((5, 5), "none"), (0, 1) in d, sorted(d))
d[(1.0, 0)] = "replaced"
print(d)
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[2, 1], len(grid), max(grid), min(grid, key=lambda k: -grid[k]))
s = {(1, 2), (2, 1), (1, 2), (0, 0)}
print(len(s), sorted(s), (2, 1) in s)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2}): 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, 2) < (1, None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) < [1])
except TypeError as e:
    print(type(e).__name__, e)
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people), sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people), min(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1])[0])
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
