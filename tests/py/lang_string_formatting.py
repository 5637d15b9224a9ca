# %-formatting and str.format at the language level
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %g" % (3.14159, 2.5, 1.25, 1234.5, 0.00001))
print("%x %X %o %#x %#o %c %%" % (255, 255, 8, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None), "%i" % 3.9, "%s" % True)
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 3.14159))
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:08.2f} {:+d} {:b} {:%}".format(2.71828, 1234567, 3.14159, 5, 10, 0.5))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([10, 20], {"k": "v"}, 3))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{:{}}|{:{}.{}f}".format("w", 5, 3.14159, 8, 2))
print("{{}} {{{}}}".format("in braces"))
point = {"x": 3, "y": 4}
print("({x}, {y})".format(**point), "{} {}".format(*"ab"))
for name, qty, price in [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]:
    print("{:<8}{:>5}{:>8.2f}".format(name, qty, qty * price))
print("%-10s|" % "left", "%10s|" % "right", "%.3s" % "truncate")
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format("one")
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
print(format(3.5), format(7, "03"), format("x", ">3"), str.format("{}!", "hi"))
print("%s" % "%d", "%%d" % (), "100%%" % ())
