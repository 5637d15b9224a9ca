# non-ASCII strings: len, ord/chr, iteration, escapes, comparison by code point
s = "naïve café 日本語 😀!"
print(len(s), [len(w) for w in s.split()], s[-2], len("😀"), ord("😀"), ord(s[2]))
print([ord(c) for c in "aé日😀"], [hex(ord(c)) for c in "€ñ"])
print(chr(65), chr(233), chr(0x65e5), chr(0x1F600), repr(chr(0)), chr(0x10FFFF) == "\U0010ffff")
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043", "\101\102")
print("é" < "f", "Z" < "a", "日" > "z", "😀" > "日", "a" < "aa", "" < "a", "abc" < "abd")
print(sorted("bañoBAÑOé"), min("日本語"), max("héllo"))
print(list("a😀b"), "😀" * 3, "😀" in s, s.find("😀"), s.index("日"))
print("é".isalpha(), "日".isalpha(), "😀".isalpha(), "٣".isdigit(), "é".isascii())
print(repr("é"), repr("日本"), repr("😀"), repr("\u200b"), repr("\x7f"), repr("\xad"), repr("\u0301"))
print(str("é"), "e\u0301" == "é", len("e\u0301"))
for v in (-1, 0x110000, 1.5, "a"):
    try:
        print(chr(v))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ("", "ab", 5):
    try:
        print(ord(v))
    except TypeError as e:
        print(type(e).__name__, e)
print("".join(chr(c) for c in range(0x3b1, 0x3c9 + 1)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(0x2660, 0x2668)])
print("ａｂｃ" != "abc", "Å" == "\u00c5", "Å" == "\u212b")
t = "ab日c"
print(t.upper(), t.center(9, "·"), t[::-1], t * 2)
print(s.replace("日本語", "nihongo"), s.split(" ")[2], s.count("a"))
b = "".join(reversed("👍👎🎉"))
print(b, len(b), b[1], [c for c in "x\U0001F389y"])
