# tuple packing/unpacking, swaps, star-unpacking, returning multiple values, enumerate/zip
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg, stats([2]))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *mid, last = (1, 2, 3, 4, 5)
print(first, mid, last, type(mid).__name__)
*head, tail = (1,)
print(head, tail)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for x, y in zip((1, 2, 3), (4, 5, 6)):
    print(x * y, end=" ")
print()
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
t = (*range(3), *"ab", *(None,))
print(t, len(t))
print(*t)
print(*(1, 2), sep="-")
def f(*args):
    return args
print(f(), f(1), f(1, 2), f(*[3, 4]), f(*"ab", *(5,)))
def g(a, b, c=0):
    return a + b + c
print(g(*(1, 2)), g(*(1, 2, 3)), g(*[10], **{"b": 5}))
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    g(*(1, 2, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)
x = y = (1, 2)
print(x is y, x == y)
coords = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in coords], sum(x for x, _ in coords), dict(coords))
swap = tuple(reversed((1, 2)))
print(swap, divmod(17, 5), tuple(map(lambda p: p[::-1], coords)))
