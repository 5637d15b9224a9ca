# float() construction from strings, ints and errors
good = ["1", "1.5", "-1.5", "+1.5", "  2.5  ", "1e5", "1E-5", "1.5e+3", ".5", "5.", "0.000",
        "1_000.000_1", "1e1_0", "infinity", "-Infinity", "+inf", "NaN", "-nan", "00012.5",
        "123456789012345678901234567890", "1e-400", "1e400", "0e0", "4.9e-324", "2.4703282292062328e-324"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "1,5", "0x10", "in f", "nana",
       "1.5f", "- 1", "--1", "1e5.0", "."]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [1.0], (), {}):
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(float(2 ** 1000) > 1e300)
print(float(2 ** 1023 * 1.0), float(2 ** 1024 - 2 ** 971 - 1))
for v in (2 ** 1024 - 2 ** 970, 2 ** 1024, 2 ** 2000, -(2 ** 2000), 10 ** 400):
    try:
        print(float(v))
    except OverflowError as e:
        print(type(e).__name__, e)
for f in (lambda: 2 ** 2000 + 1.0, lambda: 2 ** 2000 * 0.5, lambda: 1.5 < 2 ** 2000,
          lambda: 2 ** 2000 == 1e308, lambda: 2 ** 2000 / 2, lambda: 2.0 * 10 ** 400):
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(float(True), float(False), float(7), float(-(2 ** 53) - 1))
print(float("1" * 30), float("0." + "0" * 20 + "1"))
print(float(" \t\n1.25\r\n "), float("1_2.3_4"))
