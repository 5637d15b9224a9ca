# assignment: chained, tuple/list unpacking, nested, swapping
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(r, s), t = (1, 2), 3
print(r, s, t)
[u, v] = "uv"
print(u, v)
m, n, o = range(3)
print(m, n, o)
(a1, (b1, c1)), d1 = [(1, (2, 3)), 4]
print(a1, b1, c1, d1)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
i, j = j, i = 1, 2
print(i, j)
one, = [1]
print(one)
(single,) = "z"
print(single)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
class O:
    pass
obj = O()
obj.x, obj.y = 10, 20
print(obj.x, obj.y)
d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(sorted(d.items()))
idx = 0
arr = [10, 20, 30]
idx, arr[idx] = 2, 99
print(idx, arr)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
t1 = 1, 2, 3
t2 = 4,
print(t1, t2, type(t2).__name__)
x, y, z = t1
print(x + y + z)
for (num, letter) in zip([1, 2], "ab"):
    print(num, letter)
for idx2, (key, val) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(idx2, key, val)
a = b = c = [1]
a += [2]
print(a, b, c)
