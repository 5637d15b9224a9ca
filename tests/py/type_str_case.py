# case methods: upper/lower/title/capitalize/swapcase/casefold on ASCII and Latin-1
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "hello-world_foo bar", "they're bill's",
         "", "123abc", "straße", "éCOLE", "a1b2c3", "o'neil mc3d", "  lead space", "ALL_CAPS_99"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print(len("straße".upper()), "ß".upper(), "ß".lower(), "ß".casefold())
print("ß" == "SS".lower(), "straße".casefold() == "STRASSE".casefold())
print("abc".upper().lower() == "abc", "MiXeD".swapcase().swapcase())
print("hello world".title(), "HELLO WORLD".title(), "hello   world".capitalize())
print("3rd place".title(), "x-ray".title(), "don't".title(), "ab1cd".title())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ÿ".upper(), "µ".upper())
print("aBC dEF".capitalize(), "1ABC".capitalize(), " abc".capitalize())
for c in "aZ5 ß_":
    print(repr(c), c.isupper(), c.islower(), c.upper(), c.lower())
try:
    print("x".upper(1))
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper("abc"), str.lower("ABC"), str.title("ab cd"))
try:
    print(str.upper(5))
except TypeError as e:
    print(type(e).__name__, e)
s = "The Quick Brown Fox"
print(s.lower().split(), [w.upper() for w in s.split()], s.swapcase())
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s)))
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower))
