# comparisons, chained comparisons and their short-circuit evaluation
x = 2
print(1 < x < 3, 1 < x < 2, 0 <= x <= 2, 3 > x > 1, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1, 1 < 2 > 0, 2 >= 2 > 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2), calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], (1, "a") < (1, "b"), () < (0,))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples", "b" > "abc")
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 == 1.0, 1 < 1.5, 2 ** 60 < 2.0 ** 61, 10 ** 30 == 1e30, -1 < -0.5)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} < {1, 2, 4}, {1, 2, 3} > {2})
print(max([3, 1, 2]), min("hello"), max("abc", "abd", "ab"), max([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3, -1, 2.5, 0, True]), sorted(["b", "A", "a", "B"]), sorted([(2, 1), (1, 2), (1, 1)]))
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, a is not c)
print(0 < 1 == True, (0 < 1) == True, 0 < (1 == True))
r = 5
if 0 < r <= 10:
    print("in range")
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n])
print(not 1 < 2, not (1 < 2), (not 1) < 2)
print(1 < 2 and 2 < 3, 3 < 2 or 2 < 3)
