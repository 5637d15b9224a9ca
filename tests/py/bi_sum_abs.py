# sum() with start values and mixed numbers; abs() on ints, floats, bools, big ints, custom __abs__
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2 ** 64, 2 ** 64]), sum([-1e308, 1e308, 1.0]))
print(sum([1e100, 1, -1e100]), sum([0.1, 0.2, 0.3]), sum(x * 0.5 for x in range(5)), sum([], 0.0), sum([], start=5))
print(sum(iter([1, 2]), start=100), sum({1: "a", 2: "b"}), sum({5, 6}), sum(map(len, ["ab", "c"])))
print(sum([1, 2], -3), type(sum([1, 2.0])).__name__, type(sum([True, False])).__name__, type(sum([])).__name__)
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([1] * 1000))
for args in [(["a", "b"],), (["a"], ""), ([1, "a"],), ([[1]],), ([1], None), (5,), ([None],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(0), abs(-0), abs(-2.5), abs(2.5), abs(-0.0), abs(float("-inf")), abs(float("nan")))
print(abs(-(2 ** 100)), abs(True), abs(False), type(abs(True)).__name__, abs(-1e-320), abs(-9223372036854775808))
class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return "abs of %d" % self.x
print(abs(V(-3)))
for v in ("-1", None, [1], (), {}):
    try:
        print(abs(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([abs(x) for x in range(-3, 4)], sorted([-4, 2, -1, 3], key=abs), max([-9, 5], key=abs))
prices = [19.99, 5.01, 0.5]
print(sum(prices), round(sum(prices), 2), sum(p * 100 for p in prices) / 100)
