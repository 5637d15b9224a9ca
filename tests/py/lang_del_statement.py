# del of names, list items, slices, dict keys and attributes
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "class"
o = Obj()
o.x = 1
o.y = 2
del o.x
print(o.__dict__)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())
m = [1, 2, 3]
n = m
del m
print(n)
g = {"k": [1, 2, 3]}
del g["k"][1], g["k"][0]
print(g)
items = [0, 1, 2, 3, 4, 5]
i = 1
del items[i], items[i]
print(items)
(p, q) = (1, 2)
del (p, q)
print("p" in globals(), "q" in globals())
