# Class calls at a hot site: the instance is made and __init__ entered by
# the loop, with exact arguments, defaults, closures over parameters, a
# wrong argument count, an __init__ that returns a value, and a class whose
# __init__ is replaced while the site is specialized.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class WithDefaults:
    def __init__(self, a, b=10, c=20):
        self.total = a + b + c

class Captures:
    def __init__(self, n):
        self.get = lambda: n * 2

class Empty:
    def __init__(self):
        self.made = True

def build(n):
    out = []
    for i in range(n):
        out.append(Point(i, -i))
    return out

pts = build(60)
print(len(pts), pts[-1].x, pts[-1].y, sum(p.x + p.y for p in pts))
print(sum(WithDefaults(i).total for i in range(40)), WithDefaults(1, 2).total, WithDefaults(1, 2, 3).total)
print([Captures(i).get() for i in range(40)][-3:])
print(all(Empty().made for _ in range(40)))

def make(cls, args):
    return cls(*args)

for i in range(40):
    p = Point(i, i)
try:
    for i in range(40):
        p = Point(i, i) if i < 39 else Point(i)
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __init__(self, v):
        self.v = v
        if v == 39:
            return 5
try:
    for i in range(40):
        Bad(i)
except TypeError as e:
    print("TypeError:", e)

def new_init(self, x, y):
    self.x = x * 100
    self.y = y
for i in range(40):
    q = Point(i, 1)
    if i == 30:
        Point.__init__ = new_init
print(q.x, q.y)

class Sub(Point):
    pass
print([Sub(i, 2).x for i in range(40)][-2:])
