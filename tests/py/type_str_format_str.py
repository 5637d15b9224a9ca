# format specs for str: fill, align, width, precision, and format() builtin on strs
vals = ["", "a", "abc", "hello world", "日本", "é"]
specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "->7", "_^8", ".2", "8.3", "<8.1", "^9.4", "x>3"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
print("{:{}}|{:{}}".format("a", 4, "b", "^5"))
print("{:\u2500^20}".format(" title "), "{:{}<10}".format("x", "."))
print("{!r:^12}|{!s:>6}".format("q", 3.5))
print("[%s]" % format("abc", ""), format("x", "") == "x", format(3), format([1, 2]), format(None))
print(format(3.5, ""), format(True), format((1, "a")), format({"k": 1}))
errs = [("abc", "d"), ("abc", "+"), ("abc", "="), ("abc", " 5"), ("abc", "05"), ("abc", ","),
        ("abc", "#"), ("abc", "x"), ("abc", ".f"), (None, "5"), ([1], ">4"), ((), "s")]
for v, s in errs:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print("{0:>10}{1:<10}|".format("right", "left"))
table = [("Name", "Qty"), ("apple", "3"), ("banana", "12")]
for a, b in table:
    print("{:<10}{:>5}".format(a, b))
print("{:^11}".format("odd"), "{:^10}".format("odd"), "{:^10}".format("even"))
print("{:<0}".format("z"), "{:0}".format("z"), "{:1}".format("zz"))
