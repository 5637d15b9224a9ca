# arbitrary-precision int arithmetic: add, sub, mul, big powers
a = 2 ** 200
print(a)
print(a + 1)
print(a - 1)
print(-a)
print(a * a)
print(a * -3)
print(3 ** 100)
print(10 ** 50 + 10 ** 25)
print(7 ** 77)
print((-7) ** 77)
print((-2) ** 64)
print(2 ** 64 - 1)
print(2 ** 63)
print(-(2 ** 63))
print(2 ** 63 - 2 ** 62)
b = 123456789012345678901234567890
c = 987654321098765432109876543210
print(b + c)
print(b - c)
print(c - b)
print(b * c)
print(b * b * b)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // 2 ** 20)
s = 0
for i in range(100):
    s += 2 ** i
print(s)
print(s == 2 ** 100 - 1)
print(2 ** 100 > 2 ** 99)
print(2 ** 100 < -(2 ** 100))
print(2 ** 100 == 2 ** 100)
print(2 ** 100 != 2 ** 100 + 1)
print(10 ** 30 // 10 ** 29)
print(0 * 2 ** 300)
print(1 - 2 ** 70 + 2 ** 70)
print(type(2 ** 200).__name__)
print(sum([2 ** 64, 2 ** 64, -(2 ** 65)]))
print(max(2 ** 80, 2 ** 79), min(-(2 ** 80), 5))
print(str(2 ** 128)[:10], len(str(2 ** 1000)))
print(2 ** 0, 0 ** 0, (-1) ** 1001, 1 ** 9999)
