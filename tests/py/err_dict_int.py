# uncaught TypeError from dict(1)
print(dict(), dict(a=1), dict([("k", "v")]), dict(zip("ab", (1, 2))))
print(dict({"x": 1}, y=2), dict.fromkeys("pq", 0))
try:
    dict([1, 2])
except TypeError as e:
    print("caught:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("caught:", e)
try:
    dict(None)
except TypeError as e:
    print("caught:", e)
pairs = [["one", 1], ["two", 2]]
d = dict(pairs)
print(d, list(d.items()))
copy = dict(d)
copy["three"] = 3
print(copy, d)
print(dict(enumerate("ab")))
source = 1
print("constructing dict from", source)
print(dict(source))
print("unreachable")
