# dict views: keys/values/items reprs, set operations on views, live updates, membership
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
d["d"] = 4
del d["a"]
print(k, v, it)
print(list(k), list(v), list(it), sorted(k, reverse=True))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3), ("c", 9)}), k == {"b", "c", "d"}, k != {"b"}, k < {"b", "c", "d", "e"})
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), it.isdisjoint([("d", 4)]))
print({}.keys(), {}.values(), {}.items(), {1: [2]}.items(), {(1, 2): None}.keys())
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.values() == d.values(), list(d.values()) == list(d.values()))
print(k & {"b", "c"} == {"b", "c"}, type(k & set()).__name__, type(k | []).__name__)
for key in d.keys():
    print(key, d[key], end="; ")
print()
for key, val in d.items():
    d[key] = val * 10
print(d)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.count(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
m = dict(x=1)
ks = m.keys()
m.update(y=2, z=3)
print(ks, len(ks), list(iter(ks)), max(ks), min(m.values()), sum(m.values()))
print(dict(zip(m.values(), m.keys())), {v2: k2 for k2, v2 in m.items()})
