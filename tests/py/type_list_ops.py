# list operators: + * += *= comparisons, membership, equality, identity, nesting
a, b = [1, 2], [3]
print(a + b, b + a, a * 3, 3 * a, a * 0, a * -1, [] * 5, [[0]] * 3, a + [])
c = a
c += [9]
print(a, c, a is c)
d = a
d = d + [10]
print(a, d, a is d)
e = [0]
e *= 3
print(e)
e *= 0
print(e, len(e))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print([] < [0], [[1]] < [[2]], [1, "a"] < [2, 0], [1, 2] <= [1, 2], [3] >= [3, 0])
print([1, [2, 3]] == [1, [2, 3]], [1.0, True] == [1, 1], [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x], x in [x], [x] < [x], [None] == [None])
print(2 in [1, 2], 4 not in [1, 2], [1] in [[1], 2], "a" in ["abc"], None in [0, False, None])
print(len([]), len([[], []]), len([None] * 7), bool([]), bool([0]))
for f in (lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] * [2],
          lambda: [1] < (1,), lambda: [1] < ["a"], lambda: [1] - [1], lambda: -[1]):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
l = [1]
l += (2, 3)
l += "ab"
l += range(2)
l += {"k": 1}
print(l)
try:
    l *= "x"
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
n = m
m = m * 2
print(n, m)
big = [0] * 10000
print(len(big), sum(big), big[-1])
print([1, 2, 3][-1], [[1, 2], [3, 4]][1][0], [1, 2, 3][1:][0])
nested = [1, [2, [3, [4, [5]]]]]
print(nested[1][1][1][1][0], str(nested), len(nested))
print(list.__add__([1], [2]), [1].__mul__(2), [1, 2].__contains__(2), [].__len__())
print([1] * True, [2] * False, [1, 2] * 2 ** 0)
