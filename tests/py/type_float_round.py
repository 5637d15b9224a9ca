# round() on floats: half-even, ndigits positive/negative, return types
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.5000001, 1e300, -0.0):
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (1.45, 1),
             (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-1250.0, -2), (15.0, -1), (25.0, -1),
             (3.14159, 0), (3.14159, 3), (-3.14159, 3), (1e20, -5), (123.456, -5), (0.5, 0),
             (1.5, 0), (5e-324, 400), (1e300, -400), (2.5, None), (7.0, 10), (1 / 3, 15)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(-0.4), round(-0.6), round(0.0), round(-0.0, 1))
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -3))
for args in [(float("inf"),), (float("nan"),), (1.5, 1.5), (1.5, "2")]:
    try:
        print(round(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(round("1.5"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2 ** 60 + 0.0, -10), round(123456789.987654321, 4))
print([round(x / 10, 1) for x in range(-5, 6)])
print([round(x + 0.5) for x in range(-4, 5)])
print(round(True), round(False, 3), type(round(True)).__name__)
print(round(number=2.567, ndigits=1))
