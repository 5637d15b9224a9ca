# str.format: positional, numbered, keyword, attribute, index, conversions, escapes
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)
    def __str__(self):
        return "<%d,%d>" % (self.x, self.y)
p = Pt(3, 4)
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7), "{0} {k}".format(1, k=2))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[1]} {0[0]}".format([10, 20]))
print("{d[key]} {d[1]} {0[a]}".format({"a": "A"}, d={"key": "K", 1: "int-one"}))
print("{0[0][1]} {0[1][x]}".format([[1, 2], {"x": "deep"}]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{p!s} {p!r}".format(p=p))
print("{{}} {{{}}} {{0}}".format(5), "}}{{".format())
print("{:>{w}}|{:<{w}}|{:^{w}.{p}}".format("a", "b", "cdef", w=6, p=2))
print("{0:{1}}|{0:{fill}{align}{width}}".format(42, "05", fill="*", align="^", width=9))
print("{}".format(p), "{!r}".format(p), "{0}".format([p]), "{:>8}".format(str(p)))
print("{}{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0}".format(1, 2, 3), "{x}".format(x=1, y=2))
print("a{}b{}c".format("", ""), "".format(), "{:}".format(5), "{!s:}".format(6))
errs = [("{}", ()), ("{0} {}", (1, 2)), ("{} {1}", (1, 2)), ("{5}", (1,)), ("{x}", ()),
        ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{0[k]}", ({},)), ("{", ()), ("}", ()),
        ("{!x}", (1,)), ("{0!}", (1,)), ("{:d}", ("s",)), ("{:s}", (1,)), ("{:q}", (1,)),
        ("{0[}", (1,)), ("{:>{}}", ("a",)), ("{0:{1}{2}}", (1, 2)), ("{a.b}", ()), ("{:,s}", ("x",))]
for fmt, args in errs:
    try:
        print(fmt.format(*args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("{0[-1]}".format({"-1": "strkey"}), "{0[01]}".format({1: "int key"}))
try:
    print("{0[-1]}".format([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
print("{:>3}%".format(50))
print(str.format("{} {}", 1, 2), "{0}{0}".format("dup"))
