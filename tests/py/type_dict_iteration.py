# iterating dicts: keys/values/items loops, mutation errors, safe mutation via list(), nested loops
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(sorted(d.items(), reverse=True)):
    print(i, k, v)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for k in list(d):
    if len(k) > 1:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    d[k] *= 100
print(d)
try:
    for v in d.values():
        d.pop("y")
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
it = iter({"a": 1, "b": 2})
print(next(it), next(it), next(it, "end"))
g = {"a": 1}
it2 = iter(g)
g["b"] = 2
try:
    next(it2)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
h = {"a": 1}
it3 = iter(h.items())
h["a"] = 99
print(next(it3))
outer = {"r1": {"c1": 1, "c2": 2}, "r2": {"c1": 3}}
for rk, row in outer.items():
    for ck, val in row.items():
        print(rk, ck, val, end=" | ")
print()
print([k for k in {"p": 0, "q": 1} if k != "p"], {k: v for k, v in zip("ab", "cd")})
