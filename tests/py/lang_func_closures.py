# closures: captured variables, counters with nonlocal, late binding, cell sharing
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def shared():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = shared()
print(g())
s(42)
print(g())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])
def outer():
    x = "before"
    def inner():
        return x
    x = "after"
    return inner
print(outer()())
def accumulator(start):
    total = start
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulator(100)
print(acc(10), acc(-50), acc(0))
def make_multipliers():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in make_multipliers()])
def deep():
    a = 1
    def level1():
        b = 2
        def level2():
            c = 3
            def level3():
                return a + b + c
            return level3
        return level2
    return level1
print(deep()()()())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nxt = fib_gen()
print([nxt() for _ in range(12)])
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
