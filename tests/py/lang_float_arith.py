# float arithmetic, special values, conversions, and mixed int/float operations
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.5 * 4, 7.0 / 2, 7.0 // 2, 7.5 % 2, 2.0 ** 10, 2 ** -1)
print(1 / 3, 2 / 3, 10 / 4, 1e10 / 3, 3.0 * 1.1)
print(float("1.5"), float("-2"), float("  3.25  "), float("1e-3"), float(7), float("inf"), float("-inf"))
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < -1e308)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf, nan + 1, nan * 0)
print(nan != nan, nan < 1, nan > 1, inf == inf, 1e308 * 10 == inf)
print(int(2.5), int(-2.5), round(2.5), round(3.5), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(1.0), type(round(1.5)).__name__)
print(round(0.125, 2), round(0.375, 2), round(-1.25, 1))
print(abs(-2.5), max(1, 2.0), min(1.0, 1), max(2.0, 2), 3 * 1.0, 3 + 0.0, type(3 + 0.0).__name__)
print(1e16, 1e15, 123456789012345678.0, 1.0e-5, 0.0001, 0.00001)
print(-0.0, 0.0 == -0.0, str(-0.0), 0.0 * -1, abs(-0.0))
print(1.5 .is_integer(), 2.0.is_integer(), (3.7).__floor__() if hasattr(3.7, "__floor__") else None)
print(float(10 ** 20), float(2 ** 70), 2.0 ** 70 == 2 ** 70, 0.5 == 1 / 2)
print(3.0 == 3, 3.1 > 3, 2 < 2.5 < 3, 1e-320 > 0, 5e-324, 5e-324 / 2)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
print(1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324)
x = 1.0
for _ in range(10):
    x = x * 1.5 - 0.25
print(x)
x = 10.0
x /= 4
x += 0.5
x *= 3
x -= 0.25
x **= 2
print(x)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(1.0 / 7 * 7 == 1.0, 0.1 * 3, 0.3 * 3, 100 * 1.1)
