# exceptions raised from inside user-defined dunder methods propagate through builtins
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__
try:
    [1, BadEq()].index(5)
except RuntimeError as e:
    print("list.index:", e)
try:
    BadEq() in [1, 2]
except RuntimeError as e:
    print("in list:", e)
class BadHash:
    def __hash__(self):
        raise ValueError("no hashing today")
try:
    {BadHash(): 1}
except ValueError as e:
    print("dict literal:", e)
try:
    BadHash() in {1: 2}
except ValueError as e:
    print("dict membership:", e)
class BadIter:
    def __iter__(self):
        raise KeyError("iter failed")
try:
    for _ in BadIter():
        pass
except KeyError as e:
    print("for loop:", repr(e))
class BadNext:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise IndexError("next failed on 3rd")
        return self.n
try:
    print(list(BadNext()))
except IndexError as e:
    print("list():", e)
class BadLen:
    def __len__(self):
        raise TypeError("len failed")
try:
    if BadLen():
        pass
except TypeError as e:
    print("truth test:", e)
class BadGetattr:
    def __getattr__(self, name):
        raise ValueError(f"getattr {name} failed")
try:
    hasattr(BadGetattr(), "x")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
class AttrErrGetattr:
    def __getattr__(self, name):
        raise AttributeError(name)
print("hasattr swallows AttributeError:", hasattr(AttrErrGetattr(), "x"))
class BadStr:
    def __str__(self):
        raise ZeroDivisionError("str failed")
try:
    print(BadStr())
except ZeroDivisionError as e:
    print("print():", e)
try:
    f"{BadStr()}"
except ZeroDivisionError as e:
    print("f-string:", e)
class BadLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ArithmeticError("cannot compare 3")
        return self.v < o.v
try:
    sorted([BadLt(5), BadLt(1), BadLt(3)])
except ArithmeticError as e:
    print("sorted:", e)
class BadInit:
    def __init__(self):
        raise OSError("init failed")
try:
    BadInit()
except OSError as e:
    print("constructor:", e)
class BadAdd:
    def __add__(self, o):
        return 1 / 0
try:
    sum([BadAdd()], BadAdd())
except ZeroDivisionError as e:
    print("sum:", e)
class BadExit:
    def __enter__(self):
        raise PermissionError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadExit():
        print("never")
except PermissionError as e:
    print("with __enter__:", e)
