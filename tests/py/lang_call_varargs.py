# *args and **kwargs in definitions
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return kw
print(h(), h(x=1, y=2), type(h()).__name__)
def full(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(full(1, c=3))
print(full(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(full(a=1, c=3, z=26))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, 3, start=100), total())
def log(msg, *values, sep=", ", **opts):
    line = msg + ": " + sep.join(str(v) for v in values)
    if opts.get("upper"):
        line = line.upper()
    return line
print(log("values", 1, 2, 3))
print(log("x", "a", "b", sep="|", upper=True))
def kwargs_mutation(**kw):
    kw["added"] = True
    return kw
d = {"a": 1}
print(kwargs_mutation(**d), d)
def args_is_tuple(*a):
    try:
        a.append(1)
    except AttributeError as e:
        return str(e)
print(args_is_tuple(1))
def pass_through(*args, **kwargs):
    return full(*args, **kwargs)
print(pass_through(9, 8, 7, c=6, extra="yes"))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(10), **{str(i): i for i in range(3)}))
def names(**kw):
    return sorted(kw), list(kw.values())
print(names(b=2, a=1, c=3))
