# printf-style % formatting: conversions, flags, width, precision, tuples
print("%s %r %d %i" % ("str", "str", 42, -7))
print("%5.2f|%-5d|%05d|%x|%X|%o|%e|%g|%c|%%" % (3.14159, 42, 42, 255, 255, 8, 12345.678, 0.0001, 65))
print("%c%c%c" % ("a", 98, 0x263A), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%+d % d %+d % d" % (5, 5, -5, -5), "%#x %#X %#o" % (255, 255, 8), "%#x" % 0)
print("%10.3e|%-12.2E|%G|%.0e|%#.0e" % (1234.5, 0.000123, 1e-20, 5.5, 5.5))
print("%d %d %d" % (True, 3.99, -3.99), "%s %s" % (None, [1, 2]), "%r" % ((1, 2),))
print("%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "%s %s" % ((1, 2), [3]))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30})
print("%(a)s %(a)s %%" % {"a": 1}, "%(x)05.1f" % {"x": 2.25}, "%()s" % {"": "empty"})
print("%x %o %X" % (-255, -8, 2 ** 70), "%d" % 2 ** 80, "%i" % -(2 ** 65))
print("%.3d|%5.3d|%-8.4x|%08.3f|%-08d|" % (7, 7, 255, -3.14159, 42))
print("%s" % "only", "no args" % (), "%s" % ("tup",), "%%s" % (), "100%%" % ())
print("%r" % "é", "%s" % 1.0, "%a" % "é")
print("%.2s%.3r" % ("hello", "hello"), "%3c|%-3c|" % ("x", "y"))
errs = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%c", "ab"), ("%c", -1),
        ("%z", 1), ("%(a)s", {"b": 1}), ("%(a)s", (1,)), ("%s", ()), ("%x", 1.5), ("%o", "8"),
        ("%c", 0x110000), ("%d", None), ("%f", "1.5"), ("%(a)s %s", {"a": 1}), ("%*d", ("a", 1)),
        ("abc", 5), ("%", ()), ("%s %", (1,)), ("%i", [1]), ("%.2f", None), ("%5%", ()), ("%s%5%", (1, 2))]
for fmt, args in errs:
    try:
        print(fmt % args)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("%s and %s" % ("a", "b"), "%s" % "%s", "%r" % "%")
name, n = "x", 3
print("%s=%d" % (name, n), "[%6.2f]" % -1.005, "[%-+8.3f]" % 2.0)
print("%s" % {"k": (1,)}, "%-10r|" % "q", "%10r|" % ["l"])
print("%e %e %e" % (0, -0.0, 1e300), "%g %g %g %g" % (1e5, 1e6, 1e-4, 1e-5), "%.3g" % 1234.5)
print("%f %F %e %g" % (float("inf"), float("-inf"), float("nan"), float("inf")))
