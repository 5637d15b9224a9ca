# int() of floats: truncation toward zero, huge floats, inf/nan errors
for f in (0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.999, -2.999, 1e10, -1e10, 123.456):
    print(f, int(f))
print(int(1e20))
print(int(1e22))
print(int(1.5e300))
print(int(-1e100))
print(int(2.0 ** 100))
print(int(2.0 ** 100) == 2 ** 100)
print(int(1e16 + 1), int(9007199254740993.0))
print(int(0.1 + 0.2), int(-0.9999999))
print(int(float(2 ** 63)), int(float(2 ** 64)))
print(int(5e-324), int(1.7976931348623157e308) > 10 ** 307)
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(type(round(2.5)).__name__)
print(round(1e20), round(-1e20))
import math
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5))
print(math.floor(1e30), math.ceil(-1e30))
print(int("12") + int(12.9), int(-12.9))
print(float(10 ** 20) == 1e20, float(10 ** 22) == 1e22, float(10 ** 23) == 1e23)
print(10 ** 23 == 1e23, int(1e23))
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(2 ** 53 + 1))
for v in (float("inf"), float("nan")):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
