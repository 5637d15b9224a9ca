# int basics: literals, arithmetic, precedence, conversions, repr
print(0, 1, -1, 42, 1_000_000, 0x1F, 0o17, 0b1011, 0XFF, 0B11, 0O7)
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2, -7 ** 2, (-7) ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, 100 - 10 - 1, 100 // 10 // 3)
print(-3 + +5, - -4, +-+-1, ~0, ~5, ~-1)
print(int("123"), int("-45"), int("  +7 "), int("0x1f", 16), int("1f", 16), int("777", 8), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("0x10", 0), int("12", 0))
print(int(3.99), int(-3.99), int(True), int(), int(1e15))
print(str(255), repr(-17), hex(255), oct(8), bin(10), hex(-255), bin(-5))
print(abs(-9), abs(9), abs(0), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(3, 4, 5))
print(type(7 / 7), 7 / 7, type(7 // 7), 6 / 4, 1 / 3)
print(max(3, 9, 2), min(3, 9, 2), sum([1, 2, 3, 4]), sum(range(101)))
print(round(7), round(15, -1), round(25, -1), round(-15, -1), round(149, -2))
print(10 == 10.0, None is not None, 3 != 4, 1 == True, 0 == False)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 1
print(x)
x &= 6
print(x)
x ^= 15
print(x)
print(int.__name__, type(1).__name__, isinstance(1, int), isinstance(True, int))
print((5).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print((10).__add__(5), (3).__mul__(4), (7).__neg__())
print(1000000 * 1000000, 123456789 * 987654321)
print(-(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 64) + 1)
print(9 // 2 * 2 + 9 % 2 == 9)
print(int("-0"), -0, 0 * -1)
