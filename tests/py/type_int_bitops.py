# bitwise operations and shifts on small, big and negative ints
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(-5 & -3, -5 | -3, -5 ^ -3)
a = 2 ** 100 + 2 ** 50 + 7
b = 2 ** 90 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & b)
print(-a | b)
print(-a ^ b)
print(-a & -b)
print(-a | -b)
print(-a ^ -b)
print(a & -1 == a, a | 0 == a, a ^ a)
print(1 << 100)
print((1 << 100) >> 99)
print(-1 << 70)
print(-1 >> 5, -1 >> 500)
print(-(2 ** 100) >> 3)
print(-(2 ** 100 + 1) >> 3)
print(-7 >> 1, -8 >> 1, 7 >> 1, -7 >> 2)
print(1 >> 200, 12345 >> 0, 12345 << 0)
print(0 << 1000, 3 << 64)
print(255 >> 4, 255 << 4)
x = 1
x <<= 10
x |= 5
x &= 0xFF0F
x ^= 3
x >>= 1
print(x)
for f in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 2 ** 100 << -5):
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(1 << 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True & 1).__name__)
print(0xFF, 0o17, 0b1011, 0xdead_beef)
print(hex(-(2 ** 70)), bin(-10), oct(-64))
