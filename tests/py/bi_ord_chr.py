# ord() and chr(): ASCII, Latin-1, BMP, astral, round trips, and range/type errors
print([ord(c) for c in "Az09 ~\n\t\x00\x7f"], ord("é"), ord("€"), ord("日"), ord("😀"), ord("\U0010ffff"))
print([chr(i) for i in range(65, 71)], chr(97), chr(0x20ac), chr(0x1F600), repr(chr(0)), repr(chr(127)), repr(chr(0xa0)))
print(repr(chr(True)), repr(chr(10)), len(chr(0x10ffff)), chr(0x10ffff) == "\U0010ffff")
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)), "".join(chr(ord(c) ^ 32) for c in "Hello"))
print(sum(ord(c) for c in "checksum") % 256, [chr(ord("a") + i) for i in range(0, 26, 5)])
for v in (-1, 0x110000, 2 ** 31, 2 ** 64, -(2 ** 64)):
    try:
        print(chr(v))
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
for v in (1.0, "a", None, [65]):
    try:
        print(chr(v))
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
for v in ("", "ab", "日本", 65, None, ["a"]):
    try:
        print(ord(v))
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
try:
    ord()
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65, 66)
except TypeError as e:
    print(type(e).__name__, e)
def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
print([hex(ord(c)) for c in "aé€😀"], [f"U+{ord(c):04X}" for c in "A日"])
