# __call__, __repr__ and __str__ (print uses __str__, containers use __repr__)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), list(map(add3, [0, 10])))
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
b = Both()
print(b)
print(str(b), repr(b), [b], (b,), {"k": b}, {b: 1} if False else "")
print(f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("x", [Node(2.5)])])
print(tree)
print(repr("quote's"), repr('dq"'), str("plain"), [1, "a", None, 2.0, True])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Callable2:
    def __call__(self):
        return "called"
c = Callable2()
print(c(), Callable2()())
try:
    Both()()
except TypeError as e:
    print(type(e).__name__, e)
class Fn:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
fn = Fn()
print(fn(1, x=2), fn(), fn.calls)
print(sorted([3, 1, 2], key=Adder(0)))
print(str(1.0), repr(1.0), str("a\nb"), repr("a\nb"), str(None), repr([None, "x"]))
