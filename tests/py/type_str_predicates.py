# is* predicates: digit/alpha/alnum/space/upper/lower/identifier/numeric/decimal/title/printable/ascii
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-5", " ", " \t\n", "a b", "_x1",
           "1x", "Hello World", "Hello world", "HELLO WORLD", "²", "½", "٣", "Ⅻ", "é", "日本",
           "class", "\x00", "a\n", "__init__", "Σ", "ǅ", "ab_", "x" * 3 + "Y", "\u3000", "\xa0", "~"]
print("sample digit alpha alnum space upper lower ident numeric decimal title print ascii")
for s in samples:
    r = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
         s.isidentifier(), s.isnumeric(), s.isdecimal(), s.istitle(), s.isprintable(), s.isascii()]
    print(repr(s), " ".join("T" if b else "." for b in r))
print("123".isdigit() and "123".isdecimal(), "0x1F".isalnum(), "3.14".replace(".", "", 1).isdigit())
print("A1 B2".istitle(), "A1b B2c".istitle(), "1A".istitle(), "aA".istitle(), "A_B".istitle())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "aBc".isupper(), "ß".islower())
for c in "09aZ _-\u00b2\u0663\u2155":
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric())
print([s.isidentifier() for s in ("a1", "1a", "_", "", "with space", "日本", "a-b", "None", "True1")])
print([s.istitle() for s in ("Title Case", "Title case", "TITLE", "T", "", "  A  B", "Ab-Cd", "ÀBc Éd")])
print([s.isspace() for s in (" ", "\t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85", "\u200b", "")])
print([c.isprintable() for c in "a \t\n\x7f\xa0\xad\u200b\u3000é"])
print(all(c.isalnum() for c in "abcXYZ019"), any(c.isupper() for c in "abc"), "".isalpha(), "ǅ".istitle())
try:
    print("a".isdigit("x"))
except TypeError as e:
    print(type(e).__name__, e)
