# math basics: sqrt, pow, exp, expm1, log (with base), log2, log10, log1p, constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
print(math.sqrt(0), math.sqrt(1), math.sqrt(2), math.sqrt(16), math.sqrt(1e100), math.sqrt(0.25), math.sqrt(-0.0))
print(math.sqrt(2 ** 100), math.sqrt(10 ** 40), math.sqrt(True), math.sqrt(math.inf), type(math.sqrt(4)).__name__)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(2, -1), math.pow(0, 0), math.pow(1, math.inf), math.pow(math.nan, 0))
print(math.pow(8, 1 / 3), math.pow(10, -2), math.pow(-1, math.inf), math.pow(0.5, -math.inf))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-745), math.exp(-746), math.exp(709), math.exp(-math.inf))
print(math.expm1(1e-10), math.expm1(0), math.expm1(1), math.log1p(1e-10), math.log1p(0), math.log1p(1))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(2 ** 1000), math.log(10 ** 400), math.log(math.inf))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2, 8), math.log(27, 3), math.log(1, 5), math.log(10 ** 100, 10))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 200), math.log2(0.125), math.log10(1000), math.log10(2), math.log10(10 ** 300))
print(math.log10(1e-300), math.log2(1e-300), math.log(1e-300), math.log(5e-324), math.log2(5e-324))
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(2, 1), lambda: math.log(2, 0),
          lambda: math.log2(0), lambda: math.log10(-5), lambda: math.log1p(-1), lambda: math.exp(1000), lambda: math.pow(0, -1),
          lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400), lambda: math.sqrt("4"), lambda: math.log(-(2 ** 100)),
          lambda: math.log(0, 10), lambda: math.expm1(1000), lambda: math.sqrt(), lambda: math.log(), lambda: math.sqrt(10 ** 400)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.sqrt(2) ** 2, math.exp(math.log(5)), 10 ** math.log10(7), math.isqrt(10 ** 20))
