# argument unpacking in calls: f(*a), f(**d), multiple unpackings, mixing
def f(a, b, c, d=0):
    return (a, b, c, d)
lst = [1, 2, 3]
print(f(*lst), f(*lst, 4), f(0, *lst[:2]), f(*[1], *[2], 3))
print(f(*"xyz"), f(*range(3)), f(*(i * i for i in range(3))))
dct = {"a": 10, "b": 20, "c": 30}
print(f(**dct), f(**dct, d=40), f(1, **{"b": 2, "c": 3}))
print(f(*[1], **{"c": 3, "b": 2}), f(*[1, 2], c=9, **{"d": 8}))
print(f(**{"a": 1}, **{"b": 2}, c=3))
try:
    f(**{"a": 1}, **{"a": 2, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(type(e).__name__, e)
print(print(*[1, 2, 3], sep="-"))
print(max(*[4, 9, 2]), min(*"hello"), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), **{"x": 1}, y=2))
print(g(*{}), g(**{}), g(*"", **dict()))
first, *rest = [1, 2, 3]
print(g(first, *rest))
args = (1, 2)
kwargs = {"c": 3}
print(f(*args, **kwargs))
print([*lst, *"ab"], (*lst,), {*lst, 3, 4}, {**dct, "d": 4, "a": 0})
print({**{"x": 1}, **{"x": 2}})
def unpack_set(*a):
    return sorted(a)
print(unpack_set(*{5, 3, 1}))
def kw_from_dict(**kw):
    return kw
d1 = {"z": 26}
print(kw_from_dict(**d1, **{"y": 25}))
print(f(*[[1], [2]], [3]), "{0}-{1}".format(*["a", "b"]), "{x}{y}".format(**{"x": 1, "y": 2}))
