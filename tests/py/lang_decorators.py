# decorators: simple, with arguments, stacking, preserving attributes manually, class methods
def shout(f):
    def wrapper(*args, **kwargs):
        return str(f(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
log = []
def trace(f):
    def wrapper(*args):
        log.append(f"call {f.__name__}{args}")
        r = f(*args)
        log.append(f"ret {r}")
        return r
    wrapper.__name__ = f.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
print(log)
def repeat(times):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return "ping" + str(x)
print(ping(1))
def tag(name):
    def deco(f):
        def wrapper():
            return f"<{name}>{f()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
order = []
def first(f):
    order.append("first applied")
    return f
def second(f):
    order.append("second applied")
    return f
@first
@second
def target():
    pass
print(order)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
def validate(*types):
    def deco(f):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"expected {t.__name__}, got {type(a).__name__}")
            return f(*args)
        return wrapper
    return deco
@validate(int, str)
def pair(n, s):
    return s * n
print(pair(3, "ab"))
try:
    pair("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)
def deco_returns_other(f):
    return 42
@deco_returns_other
def replaced():
    pass
print(replaced)
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, f):
        def wrapper(x):
            return f(x) * self.factor
        return wrapper
@Multiplier(10)
def ident(x):
    return x
print(ident(7))
print((lambda f: f)(lambda: "decorated lambda")())
