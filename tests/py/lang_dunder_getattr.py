# __getattr__, __getattribute__, __setattr__, __delattr__ hooks
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real)
print(d.auto_thing)
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "nope", "fallback"), hasattr(d, "auto_x"), hasattr(d, "zzz"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
r.a += 10
del r.b
print(r.log, r.a, hasattr(r, "b"))
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is read-only")
ro = ReadOnly(x=1)
print(ro.x)
try:
    ro.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
p.append(0)
print(p._target, p.count(1), p.index(3))
class Counting:
    def __init__(self):
        self.hits = 0
        self.value = 5
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.value; c.value; c.value
print(c.hits)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad.a, ad.b, ad, sorted(ad.keys()))
try:
    ad.c
except AttributeError as e:
    print(type(e).__name__, repr(e))
class GetattrNotForExisting:
    cls_attr = "from class"
    def __getattr__(self, n):
        return "from __getattr__"
g = GetattrNotForExisting()
print(g.cls_attr, g.other)
