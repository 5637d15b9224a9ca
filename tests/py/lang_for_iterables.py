# for loops over lists, tuples, strings, dicts, sets, ranges, files-like, generators, enumerate, zip
for x in [1, "a", None]:
    print(repr(x))
for ch in "héllo":
    print(ch, end="|")
print()
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v, end=" ")
print()
for n in sorted({5, 3, 9, 1}):
    print(n, end=" ")
print()
for i, c in enumerate("xyz", start=1):
    print(i, c)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for t in (1, 2), (3, 4):
    print(t)
for i in reversed([1, 2, 3]):
    print(i, end=" ")
print()
for i in reversed(range(3)):
    print(i, end=" ")
print()
def countdown(n):
    while n > 0:
        yield n
        n -= 1
for v in countdown(3):
    print("countdown", v)
for row in [[1, 2], [3, 4]]:
    for cell in row:
        print(cell, end=",")
print()
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for key in list(d):
    if key.startswith("t"):
        del d[key]
print(d)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
for x in iter([10, 20]):
    print(x)
it = iter(range(6))
for x in it:
    if x == 2:
        print("skip", next(it))
    print("x", x)
for _ in range(2):
    pass
print(_)
for x in map(str.upper, ["a", "b"]):
    print(x)
for x in filter(None, [0, 1, "", "s"]):
    print(repr(x))
for i in range(3):
    pass
print("i after loop", i)
