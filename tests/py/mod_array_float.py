# array 'f' (float32 storage) vs 'd' (float64): rounding on store, repr, inf/nan, overflow to inf
import array
f = array.array("f", [0.1, 0.2, 0.3, 1 / 3, 1e-10, 3.14159265358979, 16777217.0, 0.5])
print(f)
print(f[0], f[3], f[6], f.tolist() == [0.1, 0.2], [x == y for x, y in zip(f, [0.1, 0.2, 0.3, 1 / 3, 1e-10, 3.14159265358979, 16777217.0, 0.5])])
d = array.array("d", [0.1, 0.2, 0.3, 1 / 3])
print(d, d[0] == 0.1, sum(d), sum(f))
print(array.array("f", [1e38, 3.4e38, 1e-45, 1e-46, -0.0]))
print(array.array("f", [float("inf"), float("-inf")]), str(array.array("f", [float("nan")])[0]), array.array("d", [float("nan")]))
big = array.array("f", [0.0])
for v in (3.5e38, 1e39, -1e300):
    try:
        big[0] = v
        print("stored", v, "->", big[0])
    except OverflowError as e:
        print(v, type(e).__name__, e)
print(array.array("f", [1, 2, True]), array.array("d", [10 ** 20]), array.array("f", [2 ** 24 + 1]), array.array("d", [2 ** 53 + 1]))
try:
    array.array("d", [10 ** 400])
except OverflowError as e:
    print(type(e).__name__, e)
g = array.array("f")
for i in range(5):
    g.append(i / 10)
print(g, [round(x, 7) for x in g], g.index(g[3]), g.count(g[1]))
h = array.array("d", (i / 10 for i in range(5)))
print(h, [a == b for a, b in zip(g, h)], array.array("f", h), array.array("d", g))
m = array.array("f", [1.5, 2.5])
m[0] = 0.1
m.extend([0.7])
m.insert(0, 1 / 7)
print(m, m.pop(), m)
print(array.array("f", [123456789.0]), array.array("f", [0.1])[0] * 10, float(array.array("f", [1.1])[0]))
