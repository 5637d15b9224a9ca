# the 4300-digit limit of int <-> decimal text conversion: str, repr, format, %, f-strings, int()
# (refused from the bit length, so huge ints fail at once), and nested reprs against the recursion limit
conversions = [
    ("str", str),
    ("repr", repr),
    ("format ''", lambda x: format(x, "")),
    ("format 'd'", lambda x: format(x, "d")),
    ("format ','", lambda x: format(x, ",")),
    ("%d", lambda x: "%d" % x),
    ("%i", lambda x: "%i" % x),
    ("f-string", lambda x: f"{x}"),
    ("hex", lambda x: hex(x)[:8]),
    ("oct", lambda x: oct(x)[:8]),
    ("bin", lambda x: bin(x)[:8]),
    ("format 'x'", lambda x: format(x, "x")[:6]),
]
values = [10 ** 4299, 10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, 2 ** 14284, 2 ** 14290, 10 ** 100000]
for name, conv in conversions:
    results = []
    for v in values:
        try:
            results.append(len(conv(v)))
        except ValueError as e:
            results.append("ValueError")
    print(name, results)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
for text in ["1" * 4300, "1" * 4301, "-" + "1" * 4301, " " + "1_1" * 2000 + " ", "1" * 5000 + "x", "x" * 5000, "0x" + "f" * 5000, "0b" + "1" * 20000]:
    try:
        n = int(text, 0 if text[:2] in ("0x", "0b") else 10)
        print("ok", n.bit_length())
    except ValueError as e:
        print(str(e)[:100])
for base in (3, 7, 10, 36, 2, 16, 32):
    try:
        print(base, int("1" * 5000, base).bit_length())
    except ValueError as e:
        print(base, str(e)[:60])
x = []
for i in range(990):
    x = [x]
print(len(repr(x)))
for i in range(20):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for i in range(2000):
    d = {i: d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
