# repr() builtin: containers of mixed objects, recursion markers, user __repr__, str subclasses
print(repr(1), repr(-1.5), repr("q"), repr([1, "a", 2.0, None]), repr((1,)), repr(()), repr({"k": (1, [2])}))
print(repr({1, 2}), repr(frozenset({3})), repr(set()), repr(range(2)), repr(slice(1, None)), repr([[], [[]]]))
a = [1]
a.append(a)
d = {"k": 1}
d["me"] = d
t = ([],)
t[0].append(t)
print(repr(a), repr(d), repr(t))
b = [a, a]
print(repr(b))
nest = []
cur = nest
for _ in range(5):
    new = []
    cur.append(new)
    cur = new
print(repr(nest))
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R<%r>" % (self.v,)
print(repr(R(1)), repr([R("x"), R([R(2)])]), repr({"k": R(2)}), repr((R(None),)))
class S(str):
    pass
class L(list):
    pass
class D(dict):
    pass
print(repr(S("hi")), repr(L([1, 2])), repr(D(a=1)), repr(S("it's")))
class SR(str):
    def __repr__(self):
        return "SR!"
print(repr(SR("x")), repr([SR("y")]), str(SR("z")), "%r" % SR("w"), f"{SR('v')!r}")
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    repr([1, BadRepr()])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(float("inf")), repr(-0.0), repr(1e-7), repr(2 ** 64), repr(True), repr(None), repr(Ellipsis))
print(repr("\t\n\\'\""), repr("日本\x00"), len(repr("x" * 100)), repr(""))
