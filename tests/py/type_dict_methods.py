# dict methods: get/setdefault/pop/popitem/update/keys/values/items/clear/copy/fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20), ("z", 30)])
print(d)
d.update(k1=1, k2=2)
print(d)
d.update({"m": 0}, n=5)
d.update()
d.update((("p", 1),), q=2)
print(d)
print(list(d.keys()), list(d.values()), list(d.items())[:3])
e = d.copy()
e["new"] = True
print(len(d), len(e), "new" in d, e is d)
d.clear()
print(d, len(d), bool(d))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
f = {1: "one", 2: "two", 3: "three"}
while f:
    print(f.popitem(), end=" ")
print()
for call in (lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {"a": 1}.pop("b"),
             lambda: {}.update(5), lambda: {}.update([1, 2]), lambda: {}.update([(1, 2, 3)]),
             lambda: {}.update(["ab", "cde"]), lambda: {}.get(), lambda: {}.get(1, 2, 3),
             lambda: {}.setdefault(), lambda: {}.pop(), lambda: dict.fromkeys(5), lambda: {}.get([])):
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
g = {}
g.update(["ab", "cd"])
print(g)
print({}.get("a") is None, {None: 1}.get(None), {(): 2}.setdefault((), 5))
h = {"k": 0}
for _ in range(3):
    h["k"] = h.get("k", 0) + 1
    h.setdefault("lst", []).append(h["k"])
print(h)
