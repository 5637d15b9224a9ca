# None: identity, repr, truthiness, comparisons, as default return, NoneType errors
print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0)
print(bool(None), not None, None or "x", None and "x", [None] * 2, (None,), {None: None})
def nothing():
    pass
def explicit():
    return
print(nothing(), explicit(), nothing() is None, print("inner") is None)
x = None
print(x is None, x is not None, x == None, type(x) is type(None), isinstance(None, type(None)))
print(hash(None) == hash(None), None in [1, None], [1, None].index(None), {None, None}, [None].count(None))
print(None.__class__.__name__, None.__bool__(), None.__eq__(None), None.__eq__(0), None.__ne__(1))
d = {"a": 1}
print(d.get("b"), [].sort(), [3, 1].reverse(), {1}.add(2), print() is None)
nil = None
for f in (lambda: None + 1, lambda: None < 1, lambda: None > None, lambda: None.foo, lambda: nil(),
          lambda: nil[0], lambda: len(None), lambda: iter(None), lambda: -None, lambda: None.foo(),
          lambda: int(None), lambda: float(None), lambda: "a" + None, lambda: [] + None, lambda: None * 2,
          lambda: list(None), lambda: None in None, lambda: sorted([None, None]), lambda: type(None)(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = None
    x[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    for item in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(None)() is None, sorted([3, 1], key=lambda v: (v is None, v)))
vals = [3, None, 1, None, 2]
print([v for v in vals if v is not None], sorted(vals, key=lambda v: (v is None, v or 0)), vals.count(None))
print(max([1, None, 3], key=lambda v: -1 if v is None else v), str(None).upper(), f"{None!r:>6}|{None}")
