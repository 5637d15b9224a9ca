# generators: yield, laziness, state, infinite generators with next, return value
def simple():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  end")
g = simple()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)], next(nat))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def squares():
    for n in naturals():
        yield n * n
print(take(6, squares()))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(take(5, evens(naturals())))
def with_return(n):
    for i in range(n):
        yield i
    return f"done after {n}"
g = with_return(2)
print(list(g))
g = with_return(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def gen_with_args(start, *, step=1):
    x = start
    while x < start + 5 * step:
        yield x
        x += step
print(list(gen_with_args(10, step=3)), sum(gen_with_args(0)))
gens = [simple(), simple()]
print(next(gens[1]), "(only second started)")
def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x
print(list(chain([1, 2], "ab", range(2))))
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 4, 7])))
g = (i for i in range(3))
print(iter(g) is g, list(g))
def counter_gen():
    count = 0
    while count < 3:
        count += 1
        yield count
cg = counter_gen()
for v in cg:
    print("got", v)
print(list(cg))
