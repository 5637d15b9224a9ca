# TypeError messages for bad function calls
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b=2, *, c, d=4):
    return (a, b, c, d)
def p(a, b, /, c):
    return (a, b, c)
def none():
    return 0

def t(label, fn):
    try:
        print(label, "=>", fn())
    except TypeError as e:
        print(label, "=>", e)

t("f()", lambda: f())
t("g(1)", lambda: g(1))
t("g()", lambda: g())
t("g(1, 2, 3)", lambda: g(1, 2, 3))
t("f(1, 2)", lambda: f(1, 2))
t("none(1)", lambda: none(1))
t("f(1, z=2)", lambda: f(1, z=2))
t("f(x=1, y=2)", lambda: f(x=1, y=2))
t("g(1, a=2)", lambda: g(1, a=2))
t("h(1)", lambda: h(1))
t("h(1, 2, 3)", lambda: h(1, 2, 3))
t("h(1, c=3)", lambda: h(1, c=3))
t("h(c=3)", lambda: h(c=3))
t("p(1, 2, 3)", lambda: p(1, 2, 3))
t("p(a=1, b=2, c=3)", lambda: p(a=1, b=2, c=3))
t("p(1, b=2, c=3)", lambda: p(1, b=2, c=3))
t("f(*[1, 2])", lambda: f(*[1, 2]))
t("f(**{'x': 1, 'q': 2})", lambda: f(**{"x": 1, "q": 2}))
t("f(1, **{'x': 2})", lambda: f(1, **{"x": 2}))
t("f(*5)", lambda: f(*5))
t("f(**5)", lambda: f(**5))

class K:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
k = K()
t("k.m()", lambda: k.m())
t("k.m(1, 2)", lambda: k.m(1, 2))
t("K.m(1)", lambda: K.m(1))
t("K.s()", lambda: K.s())
t("k.c(1, 2)", lambda: k.c(1, 2))
t("K(1)", lambda: K(1))

class I:
    def __init__(self, a, b):
        pass
t("I(1)", lambda: I(1))
t("I(1, 2, 3)", lambda: I(1, 2, 3))
lam = lambda a, b: a
t("lam(1)", lambda: lam(1))
def many(a, b, c, d):
    pass
t("many(1)", lambda: many(1))
t("many()", lambda: many())
def kw_only(*, a, b):
    pass
t("kw_only()", lambda: kw_only())
t("kw_only(1)", lambda: kw_only(1))
