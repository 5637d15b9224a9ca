# uncaught ValueError from int('abc') after several successful int() parses
samples = ["0", "42", "-17", "  8  ", "1_000", "+3"]
for s in samples:
    print(repr(s), "->", int(s))
print(int("ff", 16), int("0o17", 0), int("101", 2))
try:
    int("12.5")
except ValueError as e:
    print("caught:", e)
try:
    int("")
except ValueError as e:
    print("caught:", e)
total = 0
for s in ["1", "2", "3"]:
    total += int(s)
print("total", total)
values = "10 20 30 abc".split()
parsed = []
for v in values[:3]:
    parsed.append(int(v))
print(parsed)
print("about to parse 'abc'")
print(int("abc"))
print("unreachable")
