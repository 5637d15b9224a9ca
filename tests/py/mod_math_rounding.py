# math floor/ceil/trunc (return ints, big floats), fabs, fmod, modf, frexp, ldexp, copysign, remainder
import math
for x in (0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 1e20, -1e20, 1.5e300, 123.999, -123.001, 5e-324):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(7), math.ceil(-7), math.trunc(2 ** 100), math.floor(True), math.ceil(False), math.floor(-(2 ** 70)))
print(math.floor(2.0 ** 70) == 2 ** 70, math.ceil(1e16 + 0.5), math.floor(-1e-300), math.ceil(1e-300))
for f in (lambda: math.floor(math.inf), lambda: math.ceil(-math.inf), lambda: math.floor(math.nan), lambda: math.trunc(math.nan),
          lambda: math.floor("1"), lambda: math.trunc(None), lambda: math.ceil([1])):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(-(2 ** 60)), type(math.fabs(-3)).__name__)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1), math.fmod(5, math.inf))
print(-7 % 3, math.fmod(-7, 3), 7.5 % -2, math.fmod(7.5, -2), math.fmod(1e300, 3), math.fmod(0.3, 0.1))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3.5, 1))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(-0.0), math.modf(5), math.modf(math.inf), math.modf(-math.inf), math.modf(1e20))
print(math.frexp(1.0), math.frexp(8), math.frexp(0.1), math.frexp(-3.5), math.frexp(0.0), math.frexp(5e-324), math.frexp(1e308), math.frexp(math.inf))
print(math.ldexp(1, 10), math.ldexp(0.5, 1), math.ldexp(-3, -2), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(1, 1023), math.ldexp(0.0, 5000))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(0.0, -2), math.copysign(2, math.nan))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e), math.ldexp(m, e) == 123.456)
for f in (lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0), lambda: math.ldexp(1, 1024),
          lambda: math.ldexp(1.0, 2 ** 70), lambda: math.ldexp(1, 1.5), lambda: math.frexp("x"), lambda: math.modf(None)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.ldexp(1, -(2 ** 70)), math.fmod(-1e-300, 1e300), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300))
