# inf, nan and signed zero: predicates via math, propagation, copysign, str forms
import math
inf = float("inf")
nan = float("nan")
for v in (0.0, -0.0, 1.5, inf, -inf, nan, 1e308, 5e-324):
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v), math.copysign(1.0, v))
print(inf + inf, inf - 1e308, -inf * -1, inf * -inf, 1 / inf, -1 / inf)
print(inf > nan, inf < nan, inf == nan, max(inf, nan), min(-inf, 3))
print(nan + 1, nan * 0, nan - nan, -nan, abs(-nan), nan ** 0, 1 ** nan)
print(math.copysign(0.0, -1), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fabs(-0.0), abs(-0.0), -0.0 == 0.0, math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.sqrt(-0.0), math.floor(-0.0), math.ceil(-0.5), -0.0 * 5, 0.0 * -5)
print(float("-0.0"), -0.0 + 0, 0 - 0.0, 0.0 - 0.0, -(0.0 - 0.0), -0.0 - 0)
print(round(-0.4, 0), round(-0.0), -0.0 // 1, -1e-300 // 1, math.trunc(-0.9))
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1.5, 1e-323 / 2, 5e-324 / 2)
print(5e-324 * 0.5, 5e-324 * 0.6, 2.2250738585072014e-308 / 2)
print(math.inf, -math.inf, math.nan, math.inf == inf, math.isnan(math.nan))
print(str(inf), repr(-inf), str(nan), repr(nan), format(inf, ">6"), format(nan, "^7"))
print([inf, -inf, nan], (nan,), {"k": inf})
print(int(1e300) > 0, float(int(1e300)) == 1e300)
print(inf in [inf], nan in [nan], nan in [float("nan")])
lst = [3.0, nan, 1.0, 2.0]
print(sorted(lst) == sorted(lst), len(sorted(lst)))
print(sum([inf, -inf]), sum([inf, 1]), sum([1e308, 1e308]))
print(math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(-inf, inf))
for f in (lambda: math.sqrt(-1.0), lambda: math.log(0.0), lambda: math.log(-inf),
          lambda: int(nan), lambda: int(-inf), lambda: math.floor(inf), lambda: math.ceil(nan)):
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
