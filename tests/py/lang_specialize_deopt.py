# Specialized instructions must give way when what they assumed changes:
# each loop below runs long enough to specialize (and re-specialize), then
# changes operand types, shapes, classes, globals or builtins.

def arith(a, b):
    return a + b, a - b, a * b, a < b, a == b

for i in range(40):
    r = arith(i, 3)
print(r)
for x, y in [(2.5, 0.5), (1, 2.0), ("ab", "cd"), (2**62, 2**62), ([1], [2]), (True, 2)]:
    try:
        print(arith(x, y))
    except TypeError as e:
        print("TypeError", e)

def div(a, b):
    return a / b
for i in range(40):
    div(1.0, 2.0)
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(div(7, 2), div(1.5, 3))

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y

def make(n):
    return [P(i, i + 1) for i in range(n)]
ps = make(50)
print(sum(p.norm() for p in ps))

# A different shape: attributes in another order, an extra one, a deleted one.
q = P(1, 2)
del q.x
q.x = 10
q.z = 5
print(q.norm(), [p.norm() for p in ps[:3]])
def getx(o):
    return o.x
for p in ps:
    getx(p)
print(getx(q))

# The class changes: a method is replaced, a property appears.
P.norm = lambda self: -1
print(ps[0].norm())
P.x = property(lambda self: "prop")
print(getx(ps[1]), ps[1].x)
del P.x
print(getx(ps[1]))

# An instance attribute shadowing a method.
class M:
    def m(self):
        return "method"
ms = [M() for _ in range(30)]
def callm(o):
    return o.m()
print([callm(o) for o in ms][-1])
ms[0].m = lambda: "shadow"
print(callm(ms[0]), callm(ms[1]))

# Subclass invalidation: a base class changes after the subclass specialized.
class Base:
    def who(self):
        return "base"
class Sub(Base):
    pass
s = Sub()
def who(o):
    return o.who()
for _ in range(30):
    who(s)
Base.who = lambda self: "patched"
print(who(s))

# __class__ assignment.
class Other:
    def who(self):
        return "other"
s.__class__ = Other
print(who(s))

# Globals and builtins rebound after specialization.
G = 1
def readg():
    return G, len("abc")
for _ in range(30):
    readg()
G = 2
print(readg())
len = lambda s: 99
print(readg())
del len
print(readg())
del G
try:
    readg()
except NameError as e:
    print("NameError", e)

# Calls: exact args, then defaults, then a different function object.
def f2(a, b):
    return a + b
def call_it(fn, *args):
    return fn(*args)
def direct(a):
    return f2(a, 1)
for i in range(30):
    direct(i)
def f2(a, b=10, *rest):
    return ("new", a, b, rest)
print(direct(5))

# __init__ through the specialized class call, then one returning a value.
class I:
    def __init__(self, v):
        self.v = v
for i in range(30):
    I(i)
print(I(3).v)
def bad_init(self, v):
    return 5
I.__init__ = bad_init
try:
    I(1)
except TypeError as e:
    print("TypeError", e)

# list.append, then on a list subclass, then a rebound name.
def app(l, x):
    l.append(x)
l = []
for i in range(30):
    app(l, i)
class L(list):
    def append(self, x):
        list.append(self, x * 100)
ll = L()
app(ll, 2)
print(len(l), ll)

# for over range / list / tuple / generator in the same loop.
def total(it):
    t = 0
    for x in it:
        t += x
    return t
print(total(range(100)), total([1, 2, 3] * 20), total((4, 5) * 20), total(x for x in range(5)))
print(total(range(10**19, 10**19 + 3)))

# Subscripts: list/tuple/dict, then negative, out of range, a subclass.
def sub(c, k):
    return c[k]
for i in range(30):
    sub([1, 2, 3], 1)
    sub((1, 2, 3), 2)
    sub({1: "a"}, 1)
print(sub([1, 2, 3], -1), sub((1, 2), -2), sub({1.0: "float key"}, 1), sub("abc", 1))
try:
    sub([1], 5)
except IndexError as e:
    print("IndexError", e)
class D(dict):
    def __missing__(self, k):
        return "missing"
print(sub(D(), 3))
def store(c, k, v):
    c[k] = v
for i in range(30):
    store([0, 0], 1, i)
    store({}, i, i)
lst = [0, 0]
store(lst, -1, "neg")
dd = {}
store(dd, "k", "v")
print(lst, dd)
try:
    store([0], 3, 1)
except IndexError as e:
    print("IndexError", e)
