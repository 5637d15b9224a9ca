# int() construction from strings with bases, whitespace, underscores, errors
print(int("12"), int("  12  "), int("-12"), int("+12"), int("\t42\n"))
print(int("1_000"), int("1_000_000"), int("0"), int("-0"), int("000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8))
print(int("1011", 2), int("0b1011", 0), int("-0b1011", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("hello", 36))
print(int("12", 3), int("  -ff ", 16), int("1_0", 16))
print(int("123456789012345678901234567890"))
print(int("-999999999999999999999999999999999"))
print(int("f" * 30, 16))
print(int("0", 0), int("00", 0), int("0_0", 0))
print(int(), int(5), int(-5), int(True))
bad = ["abc", "", " ", "1.5", "1_", "_1", "1__0", "0x", "12a", "- 5", "++5", "1e3"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("12", 2), ("9", 8), ("g", 16), ("010", 0), ("0b2", 0), ("1", 1), ("1", 37), ("0x1", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], "5j", (1,)]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(int(5, 10))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int("5", base="x"))
except TypeError as e:
    print(type(e).__name__, e)
print(int("5", base=10), int("z", base=36), int(" 0x1F ", base=0))
