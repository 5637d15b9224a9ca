# uncaught ValueError "math domain error" from math.sqrt(-1)
import math
for v in (0, 1, 2, 9, 0.25, 1e10):
    print(v, math.sqrt(v))
print(math.isqrt(17), math.sqrt(2) ** 2)
try:
    math.log(-1)
except ValueError as e:
    print("caught:", e)
try:
    math.acos(2)
except ValueError as e:
    print("caught:", e)
def safe_sqrt(x):
    if x < 0:
        return float("nan")
    return math.sqrt(x)
print(safe_sqrt(-4), safe_sqrt(16))
roots = [math.sqrt(i) for i in range(5)]
print(roots)
disc = 1 - 4 * 1 * 1
print("discriminant", disc)
print("sqrt of negative discriminant")
print(math.sqrt(-1))
print("unreachable")
