# default arguments: evaluation time, mutable default gotcha, None idiom
counter = 10
def f(x=counter):
    return x
counter = 20
print(f(), f(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
print(append_to.__defaults__)
def with_dict(k, v, d={}):
    d[k] = v
    return d
with_dict("a", 1)
print(with_dict("b", 2))
calls = []
def make_default(tag):
    calls.append(tag)
    return tag
def g(a=make_default("a-default"), b=make_default("b-default")):
    return a, b
print(calls)
print(g(), g(1), g(b=2))
print(calls)
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
print(power(3), power(3, 3), power(3, mod=5), power(2, 10, mod=1000))
print(power.__defaults__, power.__kwdefaults__)
def many(a, b=2, c=3, d=4):
    return a, b, c, d
print(many(1), many(1, 20), many(1, d=40), many(1, 2, 3, 4), many(a=0, c=0))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
def tuple_default(t=(1, 2)):
    t += (3,)
    return t
print(tuple_default(), tuple_default())
