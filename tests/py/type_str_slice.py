# str indexing and slicing: steps, negative indices, out-of-range, non-ASCII
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-5:-1], s[5::-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[::100], s[::-100], repr(s[10:]))
print(s[1:9:3], s[9:0:-3], s[-2::-3], s[None:None:-1], s[None:4], s[4:None])
print(s[2:-2], s[-8:8], s[0:0] == "", s[::1] is s or s[::1] == s)
for i in (10, -11, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
for k in ("1", 1.0, None):
    try:
        print(s[k])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s["a":])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld 日本語 ok"
print(len(u), u[1], u[7], u[12:15], u[::-1], u[-2:], u[::3])
print(s[True], s[False:True + 2], s[2 ** 70:], s[-(2 ** 70):2])
print([s[i:i + 3] for i in range(0, len(s), 3)])
print([s[i] for i in range(-1, -len(s) - 1, -3)])
print(s[slice(2, 5)], s[slice(None, None, -3)], s[slice(-4, None)])
t = "x"
print(t[0], t[-1], t[0:1], t[::-1], repr(t[1:]), repr(""[:]), repr(""[::-1]))
