# uncaught KeyError from dict.pop with a missing key and no default
d = {1: 2, 3: 4, 5: 6}
print(d.pop(1), d, d.pop(99, "default"), d.pop(99, None))
try:
    d.pop(1)
except KeyError as e:
    print("caught:", e)
try:
    {}.popitem()
except KeyError as e:
    print("caught:", e)
print(d.popitem(), d)
cache = {"a": 1, "b": 2}
for key in ["a", "zz", "b"]:
    print(key, cache.pop(key, "absent"))
print(cache)
settings = dict(debug=True, level=3)
level = settings.pop("level")
print(level, settings)
print(settings.setdefault("debug", False), settings.get("level"))
target = {1: 2}
print("popping 3 from", target)
target.pop(3)
print("unreachable")
