# uncaught OverflowError from int(float('inf'))
for v in (1.9, -1.9, 1e18, 2.0 ** 70, -0.0):
    print(v, int(v))
try:
    int(float("nan"))
except ValueError as e:
    print("caught:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("caught:", e)
import math
try:
    math.floor(float("-inf"))
except OverflowError as e:
    print("caught:", e)
big = 1e308 * 10
print(big, math.isinf(big), big > 10 ** 400)
print(int(1e308) > 10 ** 307)
vals = [1.5, float("inf")]
print([math.isfinite(v) for v in vals])
print(int(vals[0]))
print(float("inf") == math.inf)
print("converting inf to int")
print(int(float("inf")))
print("unreachable")
