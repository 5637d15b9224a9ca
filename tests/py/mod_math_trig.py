# math trig and hyperbolic functions: sin/cos/tan/asin/acos/atan/atan2, sinh/cosh/tanh/asinh/acosh/atanh, degrees/radians
import math
for x in (0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.0, 10.0, 1e-8):
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in (0.0, 0.5, -0.5, 1.0, -1.0, 0.999):
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e300))
for y, x in ((0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (1.0, 1.0), (-1.0, -1.0), (0.0, 0.0), (-0.0, 0.0), (math.inf, math.inf), (3, 4)):
    print("atan2", y, x, math.atan2(y, x))
for x in (0.0, 0.5, 1.0, -2.0, 10.0, 1e-5):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1.0), math.acosh(2.0), math.acosh(10.0), math.atanh(0.0), math.atanh(0.5), math.atanh(-0.9))
print(math.tanh(100), math.tanh(-100), math.tanh(math.inf), math.sinh(-0.0), math.cosh(0))
print(math.degrees(math.pi), math.degrees(1), math.degrees(-math.pi / 2), math.radians(180), math.radians(90), math.radians(1), math.radians(-45))
print(math.degrees(math.radians(123.456)), math.radians(math.degrees(2.5)))
for f in (lambda: math.asin(1.5), lambda: math.acos(-1.01), lambda: math.acosh(0.5), lambda: math.atanh(1),
          lambda: math.atanh(-1.0), lambda: math.sin(math.inf), lambda: math.cos(-math.inf), lambda: math.tan(math.inf),
          lambda: math.sinh(1000), lambda: math.cosh(-1000), lambda: math.sin("x"), lambda: math.atan2(1), lambda: math.sin(10 ** 400)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sin(math.nan), math.cos(math.nan), math.asin(math.nan), math.sinh(math.inf), math.cosh(-math.inf))
print(math.sin(math.pi) < 1e-15, abs(math.cos(math.pi / 2)) < 1e-15, math.sin(math.pi / 2) == 1.0)
print(math.sin(2 ** 60), math.cos(10 ** 10), math.tan(True), math.sin(1) ** 2 + math.cos(1) ** 2)
