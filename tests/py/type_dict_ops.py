# dict operators: | |= == in del, KeyError messages, subscripting, len, bool
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | {})
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print(a == {"y": 2, "x": 1}, a != b, {} == {}, {1: 2} == {1.0: 2}, {1: [1]} == {1: [1]})
print("x" in a, 1 in a, "z" not in a, 2 in a.values(), ("x", 1) in a.items())
del c["w"]
print(c, len(c), bool(c), bool({}))
for key in ("missing", 42, (1, 2), None, 1.5, "", ("a",)):
    try:
        print(a[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del a["nope"]
except KeyError as e:
    print(type(e).__name__, e)
for f in (lambda: a | [("k", 1)], lambda: a < b, lambda: a + b, lambda: a[[1]], lambda: a * 2):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d[1] = "int"
d[1.0] = "float"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[True] = "true"
print(d, len(d))
print({True: "a", 1: "b"}, {1: "a", True: "b"}, {0: 0, False: 1, 0.0: 2, -0.0: 3})
nested = {"outer": {"inner": {"deep": [1, 2, {"x": "y"}]}}}
print(nested["outer"]["inner"]["deep"][2]["x"], nested)
nested["outer"]["inner"]["deep"].append(3)
nested["outer"]["new"] = {}
print(nested)
e = {"k": 1}
e["k"] += 5
e["k"] *= 2
e.setdefault("l", []).extend([1, 2])
print(e)
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key=lambda kk: {"a": 3, "b": 1}[kk]), sorted({3: 1, 1: 2}))
print(list({"b": 1, "a": 2}), [*{"q": 1, "p": 2}], {**a, **b}, {**a, "x": 100}, {"x": 100, **a})
