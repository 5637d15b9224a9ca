# getattr/setattr/hasattr/delattr on instances, classes and builtins, with defaults and errors
class Obj:
    cls_attr = "class-level"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method called"
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "missing", None))
print(getattr(o, "method")(), getattr(Obj, "cls_attr"), getattr(5, "real"), getattr("abc", "upper")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(1, "bit_length"), hasattr(None, "x"))
setattr(o, "y", [1, 2])
setattr(o, "x", o.x + 10)
print(o.x, o.y, vars(o))
delattr(o, "y")
print(hasattr(o, "y"), vars(o))
setattr(Obj, "added", 99)
print(o.added, Obj.added, getattr(o, "added"))
setattr(o, "with space", "odd")
print(getattr(o, "with space"), sorted(vars(o)))
for f in (lambda: getattr(o, "nope"), lambda: getattr(Obj, "nope"), lambda: getattr(5, "nope"),
          lambda: getattr(o, 5), lambda: getattr(o), lambda: setattr(5, "x", 1), lambda: setattr(o, 1, 2),
          lambda: delattr(o, "nope"), lambda: delattr(5, "real"), lambda: hasattr(o, 1),
          lambda: getattr(None, "x"), lambda: setattr("s", "upper", 1), lambda: delattr(Obj, "zzz"),
          lambda: setattr(list, "x", 1)):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no " + name)
d = Dyn()
print(d.auto_thing, getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "other"), getattr(d, "other", "fallback"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Boom:
    @property
    def bad(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Boom(), "nothing", "ok"))
names = ["a", "b", "c"]
rec = Obj()
for i, n in enumerate(names):
    setattr(rec, n, i * i)
print([getattr(rec, n) for n in names], [n for n in names if hasattr(rec, n)])
