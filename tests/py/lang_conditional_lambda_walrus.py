# conditional expressions, lambdas and the walrus operator
for n in [-2, 0, 3]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
x = 1 if True else 1 / 0
y = 1 / 0 if False else "lazy"
print(x, y)
sq = lambda v: v * v
add = lambda a, b=10: a + b
noarg = lambda: "nothing"
varargs = lambda *a, **k: (a, sorted(k.items()))
print(sq(7), add(1), add(1, 2), noarg(), varargs(1, 2, z=3, y=4))
print((lambda a, b: a * b)(6, 7))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
print(list(map(lambda v: v + 1, [1, 2, 3])), list(filter(lambda v: v % 2, range(10))))
adders = [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda v: v + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda v: f(g(v))
inc_then_sq = compose(sq, lambda v: v + 1)
print(inc_then_sq(4), sq.__name__, (lambda: 0).__name__)
print((lambda n: n if n < 2 else "many")(5))
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 2, 8, 3]
print([y2 for v in data if (y2 := v * 2) > 5], y2)
values = iter([3, 2, 1, 0, 9])
out = []
while (item := next(values)) != 0:
    out.append(item)
print(out, item)
print((total := 10) + 5, total)
def f(v):
    return (w := v + 1) * w
print(f(3))
print([last := c for c in "abc"], last)
matches = [m for s in ["a1", "bb", "c3"] if (m := s[-1]).isdigit()]
print(matches)
print(any((hit := v) > 4 for v in data), hit)
