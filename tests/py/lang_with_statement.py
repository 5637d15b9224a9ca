# with statement: custom context managers, __enter__ value, exception suppression, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, repr(exc) if exc else None)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("b", suppress=True):
    print("about to fail")
    raise ValueError("suppressed")
    print("never")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer"), CM("inner") as i:
    print("nested body", i)
with CM("x") as x1, CM("y") as y1:
    print(x1, y1)
def early_return():
    with CM("ret"):
        return "returned from with"
print(early_return())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, e, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError, KeyError):
    1 / 0
print("zero division suppressed")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with CM("tuple-target") as (a, *b):
    print(a, b)
