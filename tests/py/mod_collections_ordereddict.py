# collections.OrderedDict: repr, move_to_end, popitem(last=False), order-sensitive equality, reversed, errors
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, repr(od), list(od), list(od.items()), len(od), isinstance(od, dict), type(od).__name__)
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 9), ("y", 8)])
od["a"] = 100
print(od, list(reversed(od)), list(reversed(od.items())), list(od.keys()), list(od.values()))
print(OrderedDict(), OrderedDict(a=1), OrderedDict([("k", [1])]), OrderedDict.fromkeys("ab", 0), OrderedDict({"z": 0, "y": 1}))
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1}, {"b": 2, "a": 1} == o1, o1 != o2)
for f in (lambda: OrderedDict().popitem(), lambda: od.move_to_end("missing"), lambda: od["missing"], lambda: OrderedDict(5),
          lambda: OrderedDict().popitem(last=False), lambda: od.pop("missing")):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(od.pop("x"), od.pop("zz", "dflt"), od.setdefault("n", 0), od.get("y"), od)
lru = OrderedDict()
def access(k, cap=3):
    if k in lru:
        lru.move_to_end(k)
    else:
        lru[k] = True
        if len(lru) > cap:
            lru.popitem(last=False)
    return list(lru)
for k in "abcabdeab":
    print(k, access(k))
c = od.copy()
c["new"] = 1
print(type(c).__name__, "new" in od, od | {"q": 1}, type(od | {"q": 1}).__name__)
nested = OrderedDict(outer=OrderedDict(inner=1))
print(nested)
od.clear()
print(od, repr(OrderedDict([(1, 2)])))
