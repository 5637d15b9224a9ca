# math predicates and constants: isfinite/isinf/isnan on many values, inf/nan identities, ints accepted
import math
vals = [0, 1, -1, 2 ** 100, 0.0, -0.0, 1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, -math.nan, True, float("1e999")]
for v in vals:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))
print(math.inf > 10 ** 308, math.inf == float("inf"), math.nan != math.nan, math.isnan(math.inf - math.inf), math.isinf(-math.inf * 2))
print(math.pi == 3.141592653589793, math.e == math.exp(1), math.tau == 2 * math.pi, round(math.pi, 5), f"{math.e:.10f}")
print(math.copysign(1, math.nan) in (1.0, -1.0), math.isnan(float("nan") * 0), math.isinf(1e308 * 10), math.isfinite(1e308 * 10))
for f in (lambda: math.isnan("x"), lambda: math.isinf(None), lambda: math.isfinite([1]), lambda: math.isnan(10 ** 400), lambda: math.isnan()):
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(hasattr(math, "isqrt"), hasattr(math, "nope"), callable(math.sqrt), type(math).__name__, math.__name__)
print(math.isqrt(17) ** 2 <= 17 < (math.isqrt(17) + 1) ** 2, math.sqrt(17) > math.isqrt(17))
circle = lambda r: (math.pi * r * r, 2 * math.pi * r)
print(circle(1), circle(2.5), [round(v, 3) for v in circle(10)])
deg = [0, 30, 45, 60, 90, 180, 270, 360]
print([round(math.sin(math.radians(d)), 12) for d in deg])
print([round(math.cos(math.radians(d)), 12) for d in deg])
print([math.degrees(math.atan2(y, x)) for x, y in ((1, 0), (0, 1), (-1, 0), (0, -1), (1, 1))])
