# int pow: negative exponents, three-argument pow, modular inverse
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** -3)
print(10 ** -3, 0 ** 5)
print(pow(2, 10), pow(2, -1), pow(-3, 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7))
print(pow(2 ** 100, 3, 10 ** 9 + 7))
print(pow(12345, 2 ** 70, 99991))
print(pow(7, -1, 2 ** 61 - 1))
print(pow(5, 3, 1), pow(0, 0, 7), pow(0, 0, 1))
for args in [(2, -1, 4), (3, 2, 0), (2, 1.5, 3), (2.0, 2, 3), (6, -1, 9)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5))
print(4 ** 0.5)
print(8 ** (1 / 3), 2 ** -0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
x = 3
x **= 4
print(x)
x **= -1
print(x)
print(pow(base=2, exp=5))
print(pow(base=2, exp=5, mod=3))
print(pow(10, 20) == 10 ** 20)
print(1 ** -5, (-1) ** -5, (-1) ** -6)
