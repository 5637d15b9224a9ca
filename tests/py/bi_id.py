# id(): only identity-consistent comparisons (never printing raw ids)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(id(a)).__name__, isinstance(id(a), int))
o = object()
ids = {id(o)}
print(id(o) in ids, len({id(x) for x in (a, b, c)}))
def same(x):
    return x
print(id(same(a)) == id(a), id(a[0]) == id(a[0]), id(None) == id(None), id(True) == id(True))
class K:
    pass
k1, k2 = K(), K()
print(id(k1) == id(k1), id(k1) != id(k2), id(K) == id(type(k1)), id(int) == id(type(5)))
lst = [K() for _ in range(5)]
print(len(set(map(id, lst))), all(id(x) == id(y) for x, y in zip(lst, lst[:])))
d = {}
d[id(a)] = "a"
print(d.get(id(b)), d.get(id(c), "different object"))
s = "text"
t = s
print(id(s) == id(t), id(len) == id(len), id(print) == id(print))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
x = [0]
before = id(x)
x.append(1)
x += [2]
print(id(x) == before, x)
y = (0,)
tb = id(y)
y += (1,)
print(id(y) == tb, y)
