# format() builtin: default spec, numeric/str specs, __format__ protocol, and error messages
print(format(42), format(42, ""), format(3.5), format("s"), format(None), format([1]), format(True), format(1e16))
print(format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "^6"), format(42, "+"), format(-42, "010"))
print(format(3.14159, ".2f"), format(3.14159, "e"), format(0.5, "%"), format(1234567.0, ",.1f"), format(2.5, "g"))
print(format("text", ">8"), format("text", "*^10"), format("text", ".2"), format("", "5") + "|")
print(format(255, "x"), format(255, "#010b"), format(2 ** 64, "_d"), format(-1, "x"), format(65, "c"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        if spec == "":
            return "%.1fC" % self.c
        raise ValueError("bad spec " + repr(spec))
t = Temp(100)
print(format(t), format(t, "f"), f"{t}|{t:f}", "{0}|{0:f}".format(t))
try:
    format(t, "k")
except ValueError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
for v, s in [(1, "s"), ("a", "d"), (1.5, "d"), (1, "="), ([], "x"), (None, "^3"), (1, 5), (1, "10.2.3")]:
    try:
        print(format(v, s))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(s), type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
print(format(0.1, ".30f"), format(1 / 3, ".0%"), format(-0.0, "+.1f"), format(float("nan"), "+08.2f"))
print(format(1234, ","), format(1234.5, "_"), format(10 ** 6, "e"), format(123, ".3e"), format(5, "08.3f"))
