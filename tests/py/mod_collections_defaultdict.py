# collections.defaultdict: list/int/set/lambda factories, missing-key insertion, repr, get vs [], errors
from collections import defaultdict
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, repr(dl), dict(dl), dl["a"], len(dl))
print(dl["missing"], dl, "missing" in dl, dl.get("other"), "other" in dl)
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di, sorted(di.items(), key=lambda kv: -kv[1]), di["z"], di)
ds = defaultdict(set)
ds["x"].add(1)
ds["x"].add(1)
ds["y"].add(2)
print(ds)
dz = defaultdict(lambda: "N/A")
dz["set"] = "value"
print(dz["set"], dz["unset"], dict(dz), dz.default_factory() if dz.default_factory else None)
dn = defaultdict()
print(dn, dn.default_factory)
try:
    dn["k"]
except KeyError as e:
    print(type(e).__name__, e)
dd = defaultdict(lambda: defaultdict(int))
dd["outer"]["inner"] += 5
print(dict(dd["outer"]), isinstance(dd, dict), type(dd).__name__, dl.default_factory, di.default_factory)
print(defaultdict(int, {"a": 1}), defaultdict(list, a=[1]), defaultdict(float, [("x", 1.5)]), defaultdict(str)["q"] == "")
c = di.copy()
c["new"] += 1
print(type(c).__name__, c["new"], "new" in di)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    calls = 0
    def __call__(self):
        Factory.calls += 1
        return Factory.calls
    def __repr__(self):
        return "Factory()"
df = defaultdict(Factory())
print(df["a"], df["b"], df["a"], Factory.calls, df)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(graph, sorted(graph), {k: len(v) for k, v in graph.items()})
print(di.pop("m"), di.setdefault("q", 7), di == dict(di), di | {"extra": 0})
