# uncaught TypeError "unhashable type: 'list'" when using a list as a dict key
d = {(1, 2): "tuple key", "s": "str key", 3: "int key", frozenset([1]): "frozenset key"}
print(d[(1, 2)], d["s"], d[3], d[frozenset({1})])
try:
    hash([1, 2])
except TypeError as e:
    print("caught:", e)
try:
    {[1]}
except TypeError as e:
    print("caught:", e)
try:
    {}[{"k": 1}] = 2
except TypeError as e:
    print("caught:", e)
key = [1, 2]
print(d.get(tuple(key)), tuple(key) in d)
seen = set()
for item in [[1], [2], [1]]:
    seen.add(tuple(item))
print(sorted(seen))
print(hash((1, 2)) == hash(tuple([1, 2])))
grid = {}
grid[(0, 0)] = "origin"
print(grid)
print("using a list as a key")
grid[[0, 1]] = "bad"
print("unreachable")
