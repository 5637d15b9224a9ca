# dict copying: copy() is shallow, dict(d), {**d}, comprehension copies, aliasing and equality
orig = {"nums": [1, 2], "name": "x", "inner": {"k": 1}}
alias = orig
shallow = orig.copy()
ctor = dict(orig)
spread = {**orig}
comp = {k: v for k, v in orig.items()}
orig["name"] = "changed"
orig["nums"].append(3)
orig["inner"]["k"] = 99
orig["new"] = True
for label, d in [("alias", alias), ("shallow", shallow), ("ctor", ctor), ("spread", spread), ("comp", comp)]:
    print(label, d, d is orig, d == orig)
print(shallow["nums"] is orig["nums"], shallow["inner"] is orig["inner"])
def deep(d):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out[k] = deep(v)
        elif isinstance(v, list):
            out[k] = list(v)
        else:
            out[k] = v
    return out
dc = deep(orig)
orig["nums"].append(4)
orig["inner"]["k"] = -1
print(dc, orig)
print(dc == orig, dc["nums"] is orig["nums"])
a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a.items() == b.items(), a.keys() == b.keys())
print({1: [1]} == {1: [1]}, {1: 1.0} == {1: True}, {"a": None} == {"b": None}, {} == dict())
m = dict.fromkeys(["x", "y"], [])
m["x"].append(1)
print(m)
n = {k: [] for k in ["x", "y"]}
n["x"].append(1)
print(n)
c1 = {"k": (1, 2)}
c2 = c1.copy()
c2["k"] += (3,)
print(c1, c2)
merged = {**{"a": 1}, **{"a": 2, "b": 3}}
print(merged, {"a": 1} | {"a": 2}, dict({"a": 1}, **{"a": 5}))
