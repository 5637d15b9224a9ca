# isinstance/issubclass, type(), __class__, __name__, __dict__, vars, class decorators
class A:
    x = 1
    def __init__(self):
        self.a = "a"
class B(A):
    def __init__(self):
        super().__init__()
        self.b = "b"
b = B()
print(type(b), type(b).__name__, b.__class__, b.__class__.__name__, B.__name__)
print(b.__dict__, vars(b), sorted(B.__dict__.keys() - {"__module__", "__doc__", "__dict__", "__weakref__"}))
print(isinstance(b, A), isinstance(b, (str, A)), issubclass(B, A), issubclass(A, B))
print(type(b) == B, type(b) is A, b.__class__ is B, B.__class__ is type)
print(isinstance(A, type), isinstance(b, type), type(type), type(int))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", str), isinstance([], list))
print(isinstance(True, int), isinstance(None, type(None)), issubclass(int, object))
print([type(v).__name__ for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, True, len, A, b, range(1)]])
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("apple", 3), [Item("b", 0)])
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("first").url, Db("second").url, Db("x") is Db("y"))
def register(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register("tagged")
class T:
    pass
print(T.tag, T().tag)
b.__dict__["dynamic"] = 99
print(b.dynamic)
b.__class__ = A
print(type(b).__name__, isinstance(b, B))
C = type("C", (A,), {"y": 2, "get": lambda self: self.x + self.y})
print(C.__name__, C().get(), [k.__name__ for k in C.__mro__], C)
print(A.__module__, A.__qualname__, repr(A))
