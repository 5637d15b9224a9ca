# uncaught AttributeError from attribute access on None returned by a function
def find(items, target):
    for it in items:
        if it == target:
            return it
    return None
words = ["alpha", "beta", "gamma"]
hit = find(words, "beta")
print(hit, hit.upper(), len(hit))
miss = find(words, "delta")
print(miss, miss is None, type(miss).__name__)
try:
    miss.upper()
except AttributeError as e:
    print("caught:", e)
try:
    miss.x = 1
except AttributeError as e:
    print("caught:", e)
print(getattr(miss, "x", "no attr"), hasattr(miss, "upper"))
result = [w.capitalize() for w in words if find(words, w) is not None]
print(result)
print(str(None).lower(), repr(None))
x = None
print("accessing None.x")
print(x.x)
print("unreachable")
