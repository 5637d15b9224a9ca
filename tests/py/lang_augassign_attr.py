# `obj.name op= v` reads and writes the attribute through fused
# instructions once the attribute accesses are specialized; every object
# kind must behave as in CPython.

class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0.0
        self.log = []

    def tick(self, k):
        self.n += 1
        self.total += k * 0.5
        self.log += [k]
        return self

c = Counter()
for k in range(20):
    c.tick(k)
print(c.n, c.total, c.log[-3:])


def bump(o):
    o.x += 1
    o.x *= 2
    return o.x

class A:
    def __init__(self):
        self.x = 1

class B:
    x = 10                      # class attribute: the first += makes it an instance one

class P:
    def __init__(self):
        self._x = 5
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v

class S:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 3

class D(dict):
    pass

objs = [A(), A(), B(), P(), S(), A()]
d = D()
d.x = 7
objs.append(d)
for _ in range(3):
    print([bump(o) for o in objs])
print(B.x, vars(objs[2]))


def errors(o):
    try:
        o.missing += 1
    except AttributeError as e:
        return "AttributeError: %s" % e
    try:
        o.s += 1
    except TypeError as e:
        return "TypeError: %s" % e
    return "ok"

class E:
    def __init__(self):
        self.s = "text"

for _ in range(10):
    print(errors(E()), errors(A()))

# Switching classes and shapes at a warm site.
def incr(o):
    o.v += 1

class V1:
    def __init__(self):
        self.v = 0

class V2:
    def __init__(self):
        self.w = None
        self.v = 100

vs = [V1() if k % 3 else V2() for k in range(30)]
for _ in range(5):
    for o in vs:
        incr(o)
print([o.v for o in vs][:6])
o = V1()
o.__dict__["v"] = 50
incr(o)
print(o.v, o.__dict__)
