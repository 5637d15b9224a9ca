# list() constructor from iterables, comprehensions, unpacking, and copying semantics
print(list(), list([]), list("abc"), list((1, 2)), list(range(4)), list({"a": 1, "b": 2}))
print(list({3: 0, 1: 0}.values()), list({"x": 1}.items()), list(iter([5, 6])), list(map(abs, [-1, -2])))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(reversed([1, 2, 3])), list(filter(None, [0, 1, "", "a"])))
print(list(x * x for x in range(5)), [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)], [c.upper() for c in "hey" if c != "e"])
print([x if x % 2 else -x for x in range(6)], [*range(3), *"ab", *[None]], [*[], *()])
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, b, *c = (1, 2)
print(first, rest, init, last, a, b, c)
(p, q), r = [1, 2], 3
print(p, q, r)
for v in (5, None, 1.5):
    try:
        print(list(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(type(e).__name__, e)
orig = [[1, 2], [3, 4]]
shallow = list(orig)
sliced = orig[:]
shallow[0].append(99)
sliced.append([5])
print(orig, shallow, sliced, shallow == orig, shallow is orig)
m = [1, 2, 3]
print(list(m) is m, list(m) == m, m[:] is m)
squares = {x: x * x for x in range(4)}
print(list(squares), list(squares.values()), sorted(squares, reverse=True))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [row[::-1] for row in matrix], sum(matrix, []))
flat = [v for row in matrix for v in row if v != 5]
print(flat, [i for i in range(20) if i % 2 if i % 3])
print(list(list(list("ab"))), list(str([1, 2])), [list(t) for t in [(1,), ()]])
it = iter(range(3))
print(list(it), list(it))
print([lambda_result for lambda_result in map(lambda n: n * 10, range(3))])
