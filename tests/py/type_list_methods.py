# list mutating methods: append/extend/insert/remove/pop/clear/copy/reverse
a = [1, 2, 3]
a.append(4)
a.append([5, 6])
print(a, len(a))
a.extend([7, 8])
a.extend((9,))
a.extend("ab")
a.extend(range(2))
a.extend({})
print(a)
b = [0, 1, 2]
b.insert(0, "first")
b.insert(100, "last")
b.insert(-1, "beforelast")
b.insert(-100, "veryfirst")
b.insert(2, "two")
print(b)
c = [3, 1, 3, 2, 3]
c.remove(3)
print(c)
c.remove(3)
print(c)
print(c.pop(), c, c.pop(0), c, c.pop(-1), c)
d = list(range(10))
print(d.pop(5), d.pop(-3), d)
d.clear()
print(d, len(d))
e = [1, [2, 3]]
f = e.copy()
f[1].append(4)
f.append(5)
print(e, f, e is f, e[1] is f[1])
g = [1, 2, 3, 4]
g.reverse()
print(g, g.reverse(), g)
print(a.append(1), a.extend([]), a.insert(0, 0), a.clear(), a.reverse())
h = [1, 2]
h.extend(h)
print(h)
h.append(h)
print(h)
for f2 in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].pop(-3), lambda: [1].remove(2),
           lambda: [].remove(None), lambda: [1].pop("0"), lambda: [1].insert("0", 1),
           lambda: [1].extend(5), lambda: [1].extend(None), lambda: [1].append(),
           lambda: [1].append(1, 2), lambda: [1].insert(1), lambda: [1].pop(1.0)):
    try:
        print(f2())
    except Exception as ex:
        print(type(ex).__name__, ex)
x = []
for i in range(5):
    x.insert(0, i)
    x.append(i * 10)
print(x)
while x:
    x.pop()
print(x)
y = [3, 1, 2]
y += [4]
y *= 2
print(y)
y[len(y):] = [99]
y[:0] = [-1]
print(y)
