# comparisons between int, float, bool, and big ints; mixed arithmetic
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, 3 <= 3.0, 3 >= 3.0000001)
print(True + 1, True + True, False - 1, True * 10, True / 2)
print(True + 1.5, type(True + 1).__name__, type(True + 1.0).__name__)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308, 2 ** 2000 < float("inf"))
print(-(2 ** 2000) > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
print(1 == nan, 1 < nan, 1 > nan, 2 ** 100 < nan, 1 != nan)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(max(1, 2.0, True), min(1, 1.0, True), max(0, False), min(False, 0))
print(sorted([3, 1.5, True, 0, -2, 2.5, False]))
print(5 * 1.0, 5 + 0.0, 5 - 0.5, 7 / 7, type(7 / 7).__name__)
print(3 * "ab", "ab" * 3, 0 * "ab", -1 * "ab", True * "ab")
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(0), hash(1), hash(12345), hash(-12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 61)))
print(hash(1.5), hash(-1.0), hash(2.0 ** 70) == hash(2 ** 70))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: "a", False: "b", 0.0: "c"})
print(len({1, 1.0, True}), {1, 1.0, True})
print([1, 2] == [1.0, 2.0], (1, True) == (1.0, 1))
for f in (lambda: 1 < "a", lambda: "a" >= 1, lambda: 1 < None, lambda: [1] < 1):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 10 ** 16 + 1 == 1e16 + 1)
