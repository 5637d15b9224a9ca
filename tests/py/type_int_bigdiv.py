# big int division, modulo, divmod with mixed signs
a = 2 ** 200 + 12345
b = 3 ** 50
print(a // b)
print(a % b)
print(divmod(a, b))
print(-a // b)
print(-a % b)
print(divmod(-a, b))
print(a // -b)
print(a % -b)
print(divmod(a, -b))
print(-a // -b)
print(-a % -b)
print(divmod(-a, -b))
print((a // b) * b + a % b == a)
print(10 ** 40 // 7)
print(10 ** 40 % 7)
print(-(10 ** 40) // 7)
print(-(10 ** 40) % 7)
print(10 ** 40 // -(10 ** 20))
print(10 ** 40 % (10 ** 20 + 1))
print(divmod(10 ** 25, 10 ** 12 + 7))
print(divmod(-(10 ** 25), 10 ** 12 + 7))
print(2 ** 100 / 2 ** 50)
print(2 ** 100 / 3)
print(10 ** 30 / 10 ** 10)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(divmod(0, 5), divmod(0, -5))
print(1 // 3, -1 // 3, 1 % 3, -1 % 3)
for n in (-10, -3, 0, 3, 10):
    print(n, n // 4, n % 4, n // -4, n % -4)
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
          lambda: 2 ** 100 // 0, lambda: 2 ** 100 % 0, lambda: 5 / 0,
          lambda: 2 ** 100 / 0):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(2 ** 10000 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1 / 2 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000 / 2 ** 9999)
except OverflowError as e:
    print(type(e).__name__, e)
