# str() and repr() of many builtin objects and containers
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
class Q(P):
    def __str__(self):
        return "Q-str"
objs = [None, True, False, 0, -12, 2 ** 70, 1.5, -0.0, 1e100, "s", "", [], [1, [2, [3]]], (), (1,),
        (1, 2), {}, {"a": 1, 2: [3]}, set(), {5}, frozenset(), frozenset({1}), range(3),
        range(1, 10, 2), slice(1, 2), slice(None), P(1), P("a"), Q(2), [P(3), Q(4)], (None, "x", 1.0),
        int, str, type, object, type(None), len, Ellipsis, NotImplemented, {1: {2: {}}}, [[]], [()]]
for o in objs:
    print(str(o), "|", repr(o))
print(str(), repr(str()), str("x"), str(object=5))
print(str(1) + str(2), str(1.0) + str(2.0), str([1]) * 2)
print(type(str(5)).__name__, str(str), str(ValueError), str(ValueError("bad")), repr(ValueError("bad")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(Exception(1, 2)), repr(Exception()))
print(str(StopIteration()), repr(StopIteration(5)), str(OSError(2, "No such")), repr(ZeroDivisionError()))
l = [1]
l.append(l)
print(l, str(l))
d = {"k": 1}
d["self"] = d
print(d)
print(repr(print).startswith("<built-in function print"), repr(P).startswith("<class '"))
print(str(max), str(abs), repr(min))
print(str(int("5")), str(float("5")), str(list("ab")), str(tuple("ab")), str(dict(a=1)))
print(str(iter([])).startswith("<list_iterator object at "), str(zip()).startswith("<zip object at "))
print(f"{P(5)}", f"{Q(5)}", f"{Q(5)!r}", "%s %r" % (Q(1), Q(1)), "{} {!r}".format(Q(1), Q(2)))
