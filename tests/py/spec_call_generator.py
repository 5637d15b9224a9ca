# CALL_PY_GENERATOR: calls of generator functions taking exactly their
# positional arguments create the generator without running it; argument
# errors, methods, rebinding the name and functions with cells still behave.

def gen(a, b):
    print("started", a, b)
    yield a
    yield b
    return a + b

class C:
    def m(self, n):
        for i in range(n):
            yield i * 2

for k in range(6):
    g = gen(k, 2)          # nothing printed until the first next()
    print(type(g).__name__, list(g), list(C().m(k)))

def outer(n):
    if n == 0:
        yield ()
        return
    yield from outer(n - 1)
    yield (n,)

print(list(outer(5)))

for k in range(3):
    try:
        gen(1)
    except TypeError as e:
        print("TypeError", e)

# The same call site sees a plain function after the name is rebound.
def caller():
    return gen(1, 2)

for k in range(4):
    r = caller()
    print(r if isinstance(r, int) else type(r).__name__)
    if k == 1:
        def gen(a, b):
            return a * b

# A generator with a closure cell takes the general path.
def make(n):
    def inner(x):
        yield x + n
    return inner

for k in range(3):
    print(list(make(k)(10)))

# Keyword arguments and defaults take the general path.
def kw(a, b=5):
    yield a
    yield b

for k in range(3):
    print(list(kw(k)), list(kw(a=k, b=k)))

# The generator's frame keeps its arguments alive after the call returns.
def holder(items):
    for x in items:
        yield x

gens = [holder([i, i + 1]) for i in range(4)]
print([list(g) for g in gens])
