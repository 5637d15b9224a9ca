# keyword-only (after *) and positional-only (before /) parameters
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=30, b=20), kwonly(a=0, b=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, b, /, c, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, d=5))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
def posonly_kw_collision(a, /, **kw):
    return a, kw
print(posonly_kw_collision(1, a=2))
def only_star(*, x, y):
    return x - y
print(only_star(y=1, x=10))
try:
    only_star(10, 1)
except TypeError as e:
    print(type(e).__name__, e)
def defaults_posonly(a=1, b=2, /):
    return a + b
print(defaults_posonly(), defaults_posonly(10), defaults_posonly(10, 20))
try:
    defaults_posonly(a=5)
except TypeError as e:
    print(type(e).__name__, e)
def varargs_kwonly(*args, sep):
    return sep.join(args)
print(varargs_kwonly("a", "b", "c", sep="-"))
try:
    varargs_kwonly("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
def kwonly_no_default(*, required):
    return required
try:
    kwonly_no_default()
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), pow(2, 5), sorted([3, 1, 2], reverse=True))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print(type(e).__name__, e)
