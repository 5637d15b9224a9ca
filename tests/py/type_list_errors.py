# list indexing errors and messages; index normalisation with negative and big values
a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[2], a[True], a[False])
for i in (3, -4, 100, -100, 2 ** 64, -(2 ** 64)):
    try:
        print(a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
for i in (3, -4):
    try:
        a[i] = 0
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for k in ("0", 1.0, None, [0], (0,)):
    try:
        print(a[k])
    except TypeError as e:
        print(repr(k), type(e).__name__, e)
try:
    a[None] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a[1:2:0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(a["a":"b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.append = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
a[-1] = 99
a[0] += 1
del a[1]
print(a)
b = [1, 2, 3]
for x in b:
    if x == 2:
        b.remove(x)
print(b)
c = [1, 2, 3, 4]
for i, x in enumerate(c):
    c[i] = x * 2
print(c)
d = [0]
for x in d:
    if len(d) < 5:
        d.append(x + 1)
print(d)
print(a[2 ** 70:], a[:-(2 ** 70)], a[-(2 ** 70):2 ** 70])
