# Pairs of instructions run as one (LOAD_FAST+LOAD_FAST, STORE_FAST+LOAD_FAST,
# LOAD_FAST+LOAD_CONST, LOAD_FAST+LOAD_ATTR): results, jumps into the second
# half, errors from either half, and attribute loads whose specialization
# changes underneath the fused pair.

def sums(n):
    total = 0
    i = 0
    while i < n:          # the loop head is the second half of STORE_FAST i; LOAD_FAST i
        total = total + i
        i = i + 1
    return total, i

print(sums(10), sums(0), sums(1))

def many_locals():
    a = 1; b = 2; c = 3; d = 4; e = 5
    return a + b, b + c, c * d, d - e, e + 7, (a, b, c, d, e)

print(many_locals())

def unbound_first(flag):
    if flag:
        x = 1
    y = 2
    return x + y

def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y

for fn in (unbound_first, unbound_second):
    try:
        fn(False)
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)
    print(fn.__name__, fn(True))

class P:
    def __init__(self, x):
        self.x = x

class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x

def read_x(o):
    return o.x

# Warm up on one shape, then other shapes, classes and failures at the same
# fused site.
ps = [P(i) for i in range(40)]
print(sum(read_x(p) for p in ps))
print(read_x(Q(5)), read_x(Q(6)))
p = P(7)
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError", e)
p.x = 8
print(read_x(p))
P.x = property(lambda self: "property wins", lambda self, v: None)
print(read_x(P(9)), read_x(Q(10)))
del P.x
print(read_x(P(11)))
try:
    read_x(12)
except AttributeError as e:
    print("AttributeError", e)

class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

print([read_x(o) for o in (S(1), P(2), S(3), Q(4))])

def rebinds():
    out = []
    o = P(1)
    for i in range(30):
        out.append(o.x)
        o = P(i) if i % 3 else Q(-i)
    return out

print(rebinds())

def unbound_self(flag):
    if flag:
        o = P(1)
    return o.x

try:
    unbound_self(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# Fused method loads (self.m()) and attribute stores (self.x = v), through
# specialization, widening to other classes, shadowing and failures.
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def bump(self, n):
        self.v = self.v + n
        return self.v

class Child(Base):
    def get(self):
        return -self.v

class Slotted:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v * 10

def call_get(o):
    return o.get()

def set_v(o, value):
    o.v = value
    return o.v

objs = [Base(i) for i in range(20)] + [Child(3), Slotted(4), Base(5)]
print([call_get(o) for o in objs])
print([set_v(o, i) for i, o in enumerate(objs)])
b = Base(1)
b.get = lambda: "instance attribute shadows the method"
print(call_get(b))
del b.get
print(call_get(b))
Base.get = lambda self: ("replaced", self.v)
print(call_get(Base(2)), call_get(Child(2)))
print(call_get(3) if hasattr(3, "get") else "int has no get")
try:
    call_get(None)
except AttributeError as e:
    print("AttributeError", e)

def fresh(n):
    out = []
    for i in range(n):
        o = Base(i)        # the __init__ store adds v: STORE_ATTR_INSTANCE_ADD
        o.w = i * 2        # another add, fused with the local
        out.append((o.v, o.w, o.bump(1)))
    return out

print(fresh(12))

class Frozen:
    __slots__ = ("a",)

def set_b(o):
    o.b = 1

for o in (Frozen(), Frozen()):
    try:
        set_b(o)
    except AttributeError as e:
        print("AttributeError", e)

class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 100

def set_x(o, v):
    o.x = v
    return o.x

print([set_x(Base(0), 1) for _ in range(3)], set_x(Prop(), 2))
