# __new__ and __init__: order, returning other types, singletons, immutable subclasses
class Traced:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("  __init__", a, b)
        self.a, self.b = a, b
t = Traced(1, b=2) if False else Traced(1, 2)
print(t.created, t.a, t.b)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.count)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine(), type(NotMine()).__name__)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-7)
print(p, p + 1, type(p).__name__, isinstance(p, int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u + "!", type(u + "!").__name__, u.lower())
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Pt(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4))
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class InitBad:
    def __init__(self):
        return 5
try:
    InitBad()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Factory.registry[cls.__name__] = cls
class PluginA(Factory):
    pass
class PluginB(Factory):
    pass
print(sorted(Factory.registry))
class Base:
    def __init__(self):
        self.log = ["Base init"]
class NoSuper(Base):
    def __init__(self):
        self.own = True
n = NoSuper()
print(n.own, hasattr(n, "log"))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached._cache))
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
