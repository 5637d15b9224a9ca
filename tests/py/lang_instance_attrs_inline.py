# Instance attributes are kept in line by shape until something needs a
# dict: taking __dict__, deleting, very many names. Every path must keep
# Python's semantics: order, identity of __dict__, aliasing, errors.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_many(ps):
    total = 0
    for p in ps:
        total += p.x * 10 + p.y
    return total

ps = [P(i, -i) for i in range(50)]
print(read_many(ps), read_many(ps), sum(p.norm1() for p in ps))

# Different insertion orders: different shapes, same names.
class Q:
    pass

a = Q(); a.x = 1; a.y = 2
b = Q(); b.y = 3; b.x = 4
for _ in range(10):
    print(a.x, a.y, b.x, b.y, list(vars(a)), list(vars(b)))

# __dict__ is the live attribute dict, shared both ways.
p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d)
d["z"] = 3
print(p.z, sorted(dir(p))[-3:])
p.w = 4
print(d)
p.x = 10
print(d["x"], p.x)
del d["y"]
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(p.__dict__)

# Deleting attributes.
r = P(5, 6)
del r.x
print(r.__dict__, hasattr(r, "x"), r.y)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
r.x = 7
print(r.__dict__, r.norm1())

# Warm sites keep working after an instance leaves the shapes.
def get_x(o):
    return o.x

objs = [P(i, i) for i in range(20)]
for k, o in enumerate(objs):
    if k % 3 == 0:
        o.__dict__
    if k % 5 == 0:
        del o.y
        o.y = -k
print([get_x(o) for o in objs], [o.y for o in objs])

def set_x(o, v):
    o.x = v

for o in objs:
    set_x(o, o.x + 100)
print([o.x for o in objs])

# Many attributes.
class Big:
    pass

big = Big()
for i in range(400):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), big.a0, big.a399, getattr(big, "a250"), list(vars(big))[:3])
big2 = Big()
for i in range(300):
    setattr(big2, "a%d" % i, -i)
print(big2.a299, hasattr(big2, "a300"))

# dir() and vars() see in-line attributes in order.
class R:
    cls_attr = 1
    def __init__(self):
        self.b = 1
        self.a = 2

r = R()
print(list(vars(r)), "a" in dir(r), "b" in dir(r), "cls_attr" in dir(r))

# Instance attributes shadow plain class attributes, and methods.
class S:
    v = "class"
    def m(self):
        return "method"

s = S()
print(s.v, s.m())
s.v = "instance"
s.m = lambda: "attr"
print(s.v, s.m(), S.v, S().m())
del s.m
print(s.m())

# __class__ assignment keeps the attributes.
class A:
    def who(self):
        return "A", self.n

class B:
    def who(self):
        return "B", self.n

o = A()
o.n = 1
print(o.who())
o.__class__ = B
print(o.who(), o.__dict__)

# __slots__ classes and object().
class Sl:
    __slots__ = ("u", "v")

sl = Sl()
sl.u = 1
print(sl.u, hasattr(sl, "v"))
try:
    sl.w = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    sl.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# setattr/getattr/delattr with computed names and a Python __setattr__.
class Logged:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

lg = Logged()
lg.q = 21
setattr(lg, "r", 1)
print(lg.q, lg.r, lg.__dict__)
delattr(lg, "q")
print(lg.__dict__)

# Cycles through in-line attributes are collected and values survive.
import gc

class Node:
    pass

for _ in range(3):
    n1 = Node(); n2 = Node()
    n1.other = n2; n2.other = n1
    n1.payload = [1, 2, 3]
    keep = n1.payload
    del n1, n2
    gc.collect()
print(keep)

# Copying through __dict__.update.
src = P(1, 2)
dst = Q()
dst.__dict__.update(src.__dict__)
print(dst.x, dst.y, vars(dst))
