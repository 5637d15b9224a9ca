# isinstance/issubclass with builtin types, tuples of types, nested tuples, user classes, errors
vals = [0, True, 1.5, "s", [], (), {}, set(), frozenset(), None, range(1), len, int, object()]
types = [int, bool, float, str, list, tuple, dict, set, frozenset, type(None), object, type]
for v in vals:
    print(type(v).__name__.ljust(26), "".join("X" if isinstance(v, t) else "." for t in types))
print(isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance("a", (int, (float, (str,)))), isinstance(1, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(int, type), isinstance(type, type), isinstance(type, object))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
print(isinstance(C(), A), isinstance(A(), C), isinstance(B(), (D, A)), isinstance(D(), (A, B)), isinstance(C, type))
print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(C, (D, B)), issubclass(bool, int), issubclass(int, object))
print(issubclass(bool, (str, float)), issubclass(type, object), issubclass(object, type), issubclass(D, ()))
print([c.__name__ for c in C.__mro__], C.__bases__[0].__name__, A.__bases__[0].__name__, bool.__bases__)
for f in (lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: isinstance(1, (int, 1)),
          lambda: issubclass(1, int), lambda: issubclass(A(), A), lambda: issubclass(int, 5),
          lambda: isinstance(1), lambda: issubclass(int), lambda: isinstance(1, [int])):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(None, type(None)), isinstance(A, object), isinstance(A(), object), issubclass(A, object))
class MyInt(int):
    pass
class MyList(list):
    pass
print(isinstance(MyInt(3), int), type(MyInt(3)) is int, issubclass(MyInt, int), isinstance(MyList(), (dict, list)))
print(isinstance(3, MyInt), MyInt(3) + 1, type(MyInt(3) + 1).__name__, MyList([1, 2]), len(MyList("ab")))
