# float arithmetic: floor division, modulo with negatives, divmod, zero division
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1, 0.1), (-1, 0.1), (5.0, 3.0)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(0.0 % 5, -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(5 // float("inf"), -5 // float("inf"), float("inf") % 3 != float("inf") % 3)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1e-320 / 1e10)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") + 1)
print(float("inf") / float("inf"), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
          lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: 5 % 0.0, lambda: 0.0 ** -1,
          lambda: 1e308 * 10 - 1e308 * 10, lambda: 2.0 ** 10000, lambda: 10.0 ** 400,
          lambda: (-2.0) ** 10001, lambda: 1e300 ** 2, lambda: 2 ** 10000.0):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023, (-2.0) ** 3, (-2.0) ** -2)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** float("inf"), float("nan") ** 0)
print(abs(-2.5), abs(-0.0), abs(float("-inf")), -(0.0), +(-0.0))
print(3.5 - 1, 3 - 1.5, 2 * 3.5, 7 / 2, -7 / 2, 1 / 3 * 3, 10 / 4)
x = 1.0
for i in range(10):
    x += 0.1
print(x, x == 2.0)
x = 2.5
x *= 4
x -= 0.5
x /= 3
x //= 1
x **= 2
x %= 5
print(x)
s = 0.0
for i in range(1, 1001):
    s += 1.0 / (i * i)
print(s)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(1e-10 + 1, 1 - 1e-17, (1 + 1e-15) - 1)
print(3.0 * 1.1, 0.1 * 0.1, 1.0 - 0.9, 100 * 1.1)
print(2 ** 0.5 * 2 ** 0.5, 1 / 49 * 49, 0.1 + 0.7)
