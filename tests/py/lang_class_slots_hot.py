# __slots__ classes at hot (specialized) attribute sites: stores of slot
# names keep working after the site specializes, names outside __slots__
# still raise, and subclasses with or without their own slots share sites.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class R(P):
    __slots__ = ("z",)


def make(cls, i):
    o = cls.__new__(cls)
    o.x = i
    o.y = -i
    return o


total = 0
for i in range(200):
    cls = (P, Q, R)[i % 3] if i > 100 else P
    p = make(cls, i)
    total += p.x + p.y * 2
print(total)


def store(o, name, v):
    setattr(o, name, v)


def store_w(o, v):
    o.w = v


for i in range(50):
    store_w(Q(1, 2), i)
try:
    store_w(P(1, 2), 0)
except AttributeError as e:
    print("AttributeError:", e)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)
q = Q(5, 6)
q.extra = 7
print(q.extra, hasattr(P(0, 0), "__dict__"), hasattr(q, "__dict__"))
