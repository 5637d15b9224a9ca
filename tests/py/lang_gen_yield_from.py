# yield from: delegation, return values of subgenerators, flattening, send passthrough
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield 3
    return "outer result"
print(list(outer()))
g = outer()
for v in g:
    print("v", v)
def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], [[5]]], 6])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from [None]
    yield from {"k": 1}
print(list(from_iterables()))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
def delegator():
    result = yield from echo()
    yield ("final", result)
d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send(None))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right + 1
g = tree(3)
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, "node count:", e.value)
def gen_closing():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")
def wrapper():
    yield from gen_closing()
w = wrapper()
print(next(w))
w.close()
print("closed")
def thrower():
    try:
        yield "ready"
    except ValueError as e:
        yield f"inner caught {e}"
def outer_throw():
    yield from thrower()
ot = outer_throw()
print(next(ot))
print(ot.throw(ValueError("boom")))
def accumulate(items):
    total = 0
    for i in items:
        total += i
        yield total
    return total
def report():
    final = yield from accumulate([1, 2, 3, 4])
    yield f"final={final}"
print(list(report()))
