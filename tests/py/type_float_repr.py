# repr/str of many floats: shortest round-trip, exponent thresholds, specials
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 100.0,
        1e15, 1e16, 1e17, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        0.00001234, 123456789.123, 2.5e-310, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 1e22, 1e23, 9007199254740993.0, 3.141592653589793,
        2.718281828459045, 1e100, -1e-100, 12345.678, 0.5, 0.25, 0.125, 1.1, 2.675,
        float("inf"), float("-inf"), float("nan"), 4.35, 0.3 * 3, 1.0000000000000002,
        0.9999999999999999, 999999999999999.9, 9999999999999998.0, 1e-7, 1.5e-6]
for v in vals:
    print(repr(v), str(v))
print([0.1, -0.0, 1e16, float("nan")])
print((1.5,), {2.5: 0.1})
print(float(1), float(-7), float(True), float(2 ** 60), float("1e500"), float("-1e500"))
print(1e309, -1e309, 1e-400)
print(100.0 / 3.0, 2.0 ** 0.5, 10.0 ** 20, 10.0 ** 21, 10.0 ** -5)
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.1 * 1.1)
print(float("0.1"), float("1_000.5"), float(".5"), float("5."), float("-.5e-3"))
print(float("  1.5  "), float("\n-2.25\t"), float("+3"), float("1E3"))
print(float("inf"), float("-Infinity"), float("iNF"), float("nan"), float("-nan"))
print(round(2.675, 2), 1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
print(float.__name__, type(1e5).__name__, type(5 / 1).__name__)
