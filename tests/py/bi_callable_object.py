# callable() on many objects; object() instances: identity, equality, attributes, comparisons
class Plain:
    pass
class WithCall:
    def __call__(self, x=0):
        return "called with %r" % (x,)
def func():
    return 1
items = [func, lambda: 0, len, print, int, str, Plain, Plain(), WithCall, WithCall(), 5, "s", None, [],
         [].append, "".upper, type, object, object(), Plain.__init__, func.__call__, range(3), iter([])]
print([callable(i) for i in items])
w = WithCall()
print(w(), w(5), WithCall()("x"), callable(w), callable(w.__call__))
for bad in (5, "s", None, [], Plain()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
a, b = object(), object()
print(a == a, a == b, a != b, a is a, a is b, type(a).__name__, isinstance(a, object), bool(a))
print(hash(a) == hash(a), str(a).startswith("<object object at 0x"), repr(b).startswith("<object object at "))
for f in (lambda: a < b, lambda: a + 1, lambda: setattr(a, "x", 1), lambda: a.x, lambda: object(1),
          lambda: len(a), lambda: a[0], lambda: iter(a), lambda: -a, lambda: a()):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(object.__name__, object.__bases__, type(object), Plain.__bases__, Plain.__mro__[-1] is object)
p = Plain()
p.attr = 3
print(p.attr, hasattr(a, "__dict__"), hasattr(p, "__dict__"), p.__dict__)
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__hash__() == hash(a), a.__class__ is object, a.__str__() == str(a))
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0))
objs = [object() for _ in range(3)]
print(len(set(objs)), objs[0] in objs, objs.index(objs[2]), objs.count(object()))
