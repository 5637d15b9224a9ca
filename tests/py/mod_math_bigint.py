# math functions with huge ints: log/log2/log10 of big ints, sqrt/exp overflow, floor of ints, gcd/isqrt of bigs
import math
big = 10 ** 500
print(math.log10(big), math.log(big), math.log2(2 ** 5000), math.log(2 ** 1024, 2), math.log10(10 ** 1000 + 1))
print(math.log(3 ** 1000), math.log(big, 10), math.log2(2 ** 1023 * 3), math.log1p(10 ** 20))
print(math.isqrt(big) == 10 ** 250, math.isqrt(2 * 10 ** 100), math.isqrt(big - 1) == 10 ** 250 - 1)
print(math.gcd(2 ** 500 * 3, 2 ** 300 * 5), math.lcm(10 ** 30, 10 ** 20 * 7), math.factorial(25))
print(math.floor(big) == big, math.ceil(-big) == -big, math.trunc(big) is big or math.trunc(big) == big)
print(math.comb(1000, 500) % 10 ** 12, len(str(math.comb(1000, 500))), math.perm(50, 20) % 10 ** 9)
print(math.prod(range(1, 40)) == math.factorial(39), math.fsum([10 ** 20, 1, -(10 ** 20)]))
for f in (lambda: math.sqrt(big), lambda: math.exp(big), lambda: math.sin(big), lambda: math.pow(10, 400),
          lambda: math.log(-big), lambda: math.log(0 * big), lambda: math.hypot(big, 1), lambda: math.fabs(big),
          lambda: math.ldexp(1.0, big), lambda: math.copysign(big, 1)):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.ldexp(1.0, -big), math.isfinite(2 ** 1000), math.isclose(2 ** 60, 2 ** 60 + 1))
print(float(2 ** 1023), math.sqrt(2 ** 1023), math.log2(2 ** 1023), math.floor(2.0 ** 1023) == 2 ** 1023)
print(math.gcd(*(2 ** k * 3 for k in range(10, 20))), math.isqrt(10 ** 40 + 10 ** 20))
