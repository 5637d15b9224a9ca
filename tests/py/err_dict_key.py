# uncaught KeyError from subscripting a dict with a missing key
d = {"a": 1, "b": 2}
print(d["a"], d.get("k"), d.get("k", "default"), "k" in d)
d["c"] = 3
print(d)
try:
    d["zz"]
except KeyError as e:
    print("caught:", e, repr(e))
try:
    del d["zz"]
except KeyError as e:
    print("caught:", e)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(counts["l"], counts.setdefault("z", 0), counts)
nested = {"outer": {"inner": 1}}
print(nested["outer"]["inner"])
try:
    nested["outer"]["missing"]
except KeyError as e:
    print("caught nested:", e)
keys = ["a", "b", "c"]
print([d[k] for k in keys])
print("looking up 'k' without a default")
value = {}["k"]
print("unreachable", value)
