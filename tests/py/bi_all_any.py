# all() and any(): empty iterables, truthiness, short-circuit with generators, non-iterable errors
print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0]), any([0, 1]), all(""), any(""), all("abc"))
print(all([[], 1]), any([[], 0, "", None, 0.0, {}, ()]), any([[0]]), all((True,)), any({0: 1}), all({0: 1}))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all(x % 2 for x in range(1, 10, 2)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"), any(range(0)), all(range(1, 5)))
visited = []
def check(v):
    visited.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), visited)
visited.clear()
print(all(check(v) for v in [5, 4, 1, 7]), visited)
visited.clear()
print(any(map(check, [3, 0])), visited)
it = iter([0, 0, 5, 0, 7])
print(any(it), list(it))
it = iter([1, 1, 0, 1])
print(all(it), list(it))
for bad in (5, None, 1.5):
    try:
        print(all(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(any(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    all([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
class Falsy:
    def __bool__(self):
        return False
print(any([Falsy()]), all([Falsy()]), any([Falsy(), 1]), all([1, Falsy()]))
grid = [[1, 2], [3, 0], [5, 6]]
print(all(all(r) for r in grid), any(all(r) for r in grid), [any(v > 4 for v in r) for r in grid])
print(all(isinstance(v, int) for v in [1, True, 2 ** 80]), any(isinstance(v, str) for v in [1, None]))
