# list slicing: get with steps, slice assignment (resize, extended), deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:2])
print(a[100:], a[-100:2], a[::-100], a[3:-3], a[None:None:2], a[slice(1, 4)])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[-2:] = []
print(b)
b[:] = "abc"
print(b)
b[5:10] = [1]
print(b)
b[0:2] = range(4)
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
c[1::2] = [None] * 5
print(c)
c[::-3] = [7, 8, 9, 10]
print(c)
c[2:3] = []
print(c)
c[3:1] = ["ins"]
print(c)
d = list(range(12))
del d[::3]
print(d)
del d[-2:]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
del d[5:100]
print(d)
del d[:]
print(d)
for f in ("c[::2] = [1, 2]", "c[::-1] = [1]", "c[1:5:2] = [1, 2, 3]", "c[::0] = []", "c['a'] = 1",
          "c[1:2] = 5", "del c[::0]", "c[100] = 1", "del c[100]", "c[1.5]", "c[::2] = 5"):
    c = list(range(5))
    try:
        if f.startswith("del c[::0]"):
            del c[::0]
        elif f.startswith("del c[100]"):
            del c[100]
        elif f == "c[::2] = [1, 2]":
            c[::2] = [1, 2]
        elif f == "c[::-1] = [1]":
            c[::-1] = [1]
        elif f == "c[1:5:2] = [1, 2, 3]":
            c[1:5:2] = [1, 2, 3]
        elif f == "c[::0] = []":
            c[::0] = []
        elif f == "c['a'] = 1":
            c["a"] = 1
        elif f == "c[1:2] = 5":
            c[1:2] = 5
        elif f == "c[100] = 1":
            c[100] = 1
        elif f == "c[1.5]":
            c[1.5]
        else:
            c[::2] = 5
        print(f, "ok", c)
    except (ValueError, TypeError, IndexError) as e:
        print(f, type(e).__name__, e)
e = [1, 2, 3]
e[1:2] = e
print(e)
e[::2] = e[::2][::-1]
print(e)
f = list(range(6))
f[1:5:1] = "xy"
print(f)
f[-1::-1] = f[:]
print(f)
g = [0] * 3
g[10:20] = [1, 2]
print(g, g[-1:-100:-1])
