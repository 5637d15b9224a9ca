# array methods: append/extend/insert/pop/remove/index/count/reverse/tolist/fromlist, slicing and assignment
import array
a = array.array("i", [5, 3, 8])
a.append(1)
a.extend([9, 9])
a.extend(array.array("i", [7]))
a.insert(0, -1)
a.insert(100, 42)
a.insert(-2, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9)
print(a, a.index(8), a.count(9), a.count(100))
a.reverse()
print(a, a.tolist())
a.fromlist([10, 20])
print(a)
print(a[1:4], a[::-1], a[::2], a[-2:], type(a[1:3]).__name__, a[5:1])
a[0] = 99
a[1:3] = array.array("i", [-5, -6, -7])
print(a)
del a[0]
del a[::2]
print(a)
a[len(a):] = array.array("i", [1, 2])
print(a, a * 2, a + array.array("i", [0]), 2 * array.array("b", [1]))
b = array.array("d", [1.5])
b *= 3
b += array.array("d", [2.5])
print(b, b.index(2.5), b.count(1.5))
for f in (lambda: array.array("i").pop(), lambda: a.index(12345), lambda: a.remove(12345), lambda: a.pop(100),
          lambda: a[100], lambda: a.__setitem__(100, 1), lambda: a + array.array("d", [1.0]), lambda: a + [1],
          lambda: a.extend(array.array("b", [1])), lambda: a.__setitem__(slice(0, 2), [1, 2]),
          lambda: a.__setitem__(slice(None, None, 2), array.array("i", [1])), lambda: a.append("x"), lambda: a.fromlist((1, 2)),
          lambda: a.insert(0, 1.5), lambda: a["x"]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
c = array.array("H", range(10))
c[::3] = array.array("H", [100, 200, 300, 400])
print(c, c.buffer_info()[1] == len(c))
c[2:5] = array.array("H")
print(c, list(c[::-3]))
