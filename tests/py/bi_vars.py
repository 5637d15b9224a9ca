# vars() on instances and objects with __dict__, plus attribute-dict manipulations; vars() errors
class P:
    kind = "class attr"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(vars(p), p.__dict__, vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z, vars(p))
p.__dict__.update(w=4)
print(p.w, sorted(vars(p)), "kind" in vars(p), "kind" in vars(P), P.kind)
del vars(p)["x"]
print(hasattr(p, "x"), vars(p))
class E:
    pass
e = E()
print(vars(e), len(vars(e)))
e.a = 1
print(vars(e))
for bad in (5, "s", [], None, object()):
    try:
        print(vars(bad))
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    vars(p, p)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 5
try:
    vars(s)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    s.b = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
def to_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
q = P("a", [1])
q._hidden = True
print(to_dict(q), sorted(vars(q).keys()))
copy = P.__new__(P)
copy.__dict__.update(vars(q))
print(vars(copy), copy.y is q.y)
