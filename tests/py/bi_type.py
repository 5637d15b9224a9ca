# type(): of builtin values, type names, type identity, type of types, 3-arg type() class creation
vals = [0, 2 ** 100, 1.0, True, None, "", [], (), {}, set(), frozenset(), range(0), slice(1), len, print,
        type, object, object(), iter([]), iter(()), iter({}), iter(set()), iter(range(3)), map(len, []),
        filter(None, []), zip(), enumerate([]), reversed([]), (x for x in []), lambda: 0, {}.keys(), {}.values(),
        {}.items(), Ellipsis, NotImplemented, ValueError(), ValueError, [].append, "".join]
for v in vals:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(True) is int, type(1) == type(2), type("") is str, type(type) is type)
print(type(int), type(type(1)), str(type(1.5)), repr(type([])), type(None), type(object()))
class Point:
    pass
p = Point()
print(type(p).__name__, type(p) is Point, type(Point).__name__, Point.__name__, p.__class__ is Point)
print(str(type(p)).endswith("Point'>"), type(p).__qualname__, type(Point()) == type(p))
Dyn = type("Dyn", (), {"x": 5, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d).__name__, isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {"x": 7})
print(Sub().hello(), Sub.__bases__[0].__name__, issubclass(Sub, Dyn), Sub.__mro__[1].__name__)
def show(v):
    t = type(v)
    if t is int:
        return "int!"
    if t in (list, tuple):
        return "seq:" + t.__name__
    return "other:" + t.__name__
print([show(v) for v in (1, True, [1], (1,), "s")])
for args in [(), (1, 2), ("N", 5, {}), ("N", (), 5), (1, (), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(type(int("5")).__name__, type(5 / 1).__name__, type(5 // 1).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(type(show).__name__, type(p.__class__).__name__, type(type(p)) is type)
