# calls: positional and keyword arguments, argument evaluation order, return values
def describe(name, age, city):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 31, "Oslo"))
print(describe(age=40, city="Rome", name="Bo"))
print(describe("Cy", city="Lima", age=22))
order = []
def arg(v):
    order.append(v)
    return v
def three(a, b, c):
    return a + b + c
print(three(arg(1), arg(2), arg(3)), order)
order.clear()
print(three(c=arg(10), a=arg(20), b=arg(30)), order)
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None
print(early(-5), early(10), early(0))
def fn_as_value(f, v):
    return f(v)
print(fn_as_value(len, "abcd"), fn_as_value(str.upper, "hi"), fn_as_value(abs, -3))
funcs = {"double": lambda v: v * 2, "neg": lambda v: -v}
print(funcs["double"](21), funcs["neg"](5))
def returns_func():
    def inner(x):
        return x + 100
    return inner
print(returns_func()(1))
print(describe.__name__, three.__name__)
def same_name(x):
    return x
same_name2 = same_name
print(same_name2(5), same_name2.__name__)
print(print("inner print returns"), "is what print returns")
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
