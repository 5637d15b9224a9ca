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
