# AttributeError messages for instances, classes, modules and builtins
def t(label, f):
    try:
        print(label, "=>", repr(f()))
    except AttributeError as e:
        print(label, "=>", type(e).__name__, e)

class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
n = 5
t("n.foo", lambda: n.foo)
t("'s'.foo", lambda: "s".foo)
t("[].push", lambda: [].push)
t("None.x", lambda: None.x)
t("a.y", lambda: a.y)
t("A.x", lambda: A.x)
t("A.cls_attr", lambda: A.cls_attr)
t("a.cls_attr", lambda: a.cls_attr)
t("(1.5).real", lambda: (1.5).real)
t("(1.5).imagx", lambda: (1.5).imagx)
t("{}.append", lambda: {}.append)
t("int.foo", lambda: int.foo)
t("True.x", lambda: True.x)
t("(lambda: 0).nope", lambda: (lambda: 0).nope)

def setter():
    n.attr = 1
t("set int attr", setter)
def set_list():
    [].x = 1
t("set list attr", set_list)
def del_missing():
    del a.nothing
t("del a.nothing", del_missing)
def set_str_method():
    "abc".upper = None
t("set str method", set_str_method)

class S:
    __slots__ = ("p",)
s = S()
t("s.p before set", lambda: s.p)
def set_q():
    s.q = 3
t("slots s.q = 3", set_q)

print(getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "y"))
try:
    getattr(a, "zz")
except AttributeError as e:
    print("getattr:", e)

import math
try:
    math.tau2
except AttributeError as e:
    print("module:", e)

class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"no {name} here")
w = WithGetattr()
print(w.ok_value)
try:
    w.bad
except AttributeError as e:
    print("custom:", e)
