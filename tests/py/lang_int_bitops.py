# bitwise operations and shifts, including negative numbers and big ints
vals = [0, 1, 5, 12, -1, -5, -12, 255]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6, a & -4, a | -4, a ^ -4)
for a in [1, -1, 5, -5, 12345, -12345]:
    print(a, a << 3, a >> 1, a >> 3, a << 0, a >> 100)
print(1 << 64, 1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98)
print((2 ** 70 + 5) & 0xFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1))
print(-(2 ** 70) & 0xFFFF, ~(2 ** 70), -(2 ** 70) >> 3)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, bin(0b1100 ^ 0b1010))
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
x = 0
for bit in [0, 3, 5, 9]:
    x |= 1 << bit
print(x, bin(x))
print([i for i in range(12) if x >> i & 1])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in [0, 1, 7, 8, 255, 2 ** 64 - 1]])
print(bin(-10 & 0xFF), hex(-1 & 0xFFFFFFFF))
print(6 & 3 | 8 ^ 1, 1 << 2 + 1, (1 << 2) + 1, -8 >> 1, -9 >> 1, -1 >> 10)
