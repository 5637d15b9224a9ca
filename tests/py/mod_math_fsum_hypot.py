# math.fsum (exact summation), hypot (n-dim), dist, isclose (rel/abs tolerances), sqrt of sums
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]), math.fsum([1e308, -1e308, 1e308]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1.0, 1e-16, 1e-16, -1.0]), math.fsum([2 ** 53, 1.0, 1.0]), math.fsum(x / 10 for x in range(11)), math.fsum([-0.0, -0.0]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1]))
for f in (lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.fsum(["a"]), lambda: math.fsum(1)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-7), math.hypot(1, 2, 2), math.hypot(2, 3, 6))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.0, -0.0))
print(math.hypot(*range(10)), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(3, 4) == 5.0)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-1,)), math.dist((), ()), math.dist((0.1, 0.2), (0.4, 0.6)))
for f in (lambda: math.dist((1, 2), (1,)), lambda: math.dist([1], 5), lambda: math.hypot("a"), lambda: math.hypot(1e308, 1e308)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.1 + 0.2, 0.3), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(-1, 1))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1e308, math.inf))
for kw in ({"rel_tol": -1}, {"abs_tol": -0.1}):
    try:
        print(math.isclose(1, 1, **kw))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.isclose(1, 1, 0.1)
except TypeError as e:
    print(type(e).__name__, e)
pts = [(0, 0), (3, 4), (6, 8), (9, 12)]
print([math.dist(a, b) for a, b in zip(pts, pts[1:])], math.fsum(math.dist(a, b) for a, b in zip(pts, pts[1:])))
