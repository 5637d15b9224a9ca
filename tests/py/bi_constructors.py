# builtin constructors called with no args, with args, and with keyword/overflow errors
print(repr(int()), repr(float()), repr(str()), repr(bool()), repr(list()), repr(tuple()), repr(dict()), repr(set()), repr(frozenset()))
print(int(3.9), int("7"), int("z", 36), float(3), float("2.5"), str(3.0), bool("x"), list("ab"), tuple([1]), dict(a=1), set("aa"))
print(repr(str(None)), repr(str(())), repr(repr("x")), repr(repr(5)), repr(repr([1, "a"])))
print(type(int(True)).__name__, type(float(1)).__name__, int(-0.0), float(-0), str(-0.0), list(range(0)), tuple("") == ())
print(int("5", base=8), float("-inf"), str(object="o"), int("12", 0))
for f in (lambda: int(x=5), lambda: float(x=1.5), lambda: list(iterable=[1]), lambda: tuple(x=[1]),
          lambda: bool(x=1), lambda: int("5", 8, 9), lambda: float(1, 2), lambda: bool(1, 2),
          lambda: repr(), lambda: repr(1, 2), lambda: str(x=1), lambda: set(x=[1]), lambda: dict(1, 2),
          lambda: frozenset(x=1), lambda: object(1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(1), repr(1.0), repr("1"), repr([1]), repr((1,)), repr({1: 1}), repr({1}), repr(None), repr(True))
print(str(1), str(1.0), str("1"), str([1]), str((1,)), str({1: 1}), str({1}), str(None), str(True))
class Both:
    def __repr__(self):
        return "Both.repr"
    def __str__(self):
        return "Both.str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr.repr"
class BadRepr:
    def __repr__(self):
        return 42
b, o = Both(), OnlyRepr()
print(str(b), repr(b), str(o), repr(o), [b, o], (b,), {"k": b}, f"{b}|{b!r}|{o}")
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(list(list([1, 2])), tuple(tuple((1,))), dict(dict(a=1)), set(set([1])), list(dict(a=1, b=2)), list({1: 2}.items()))
print(int(float(int("12"))), float(str(float("0.1"))), str(int(str(42))), bool(str(False)), list(str(12)))
