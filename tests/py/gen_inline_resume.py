# Generators resumed by FOR_ITER and SEND run in the caller's interpreter
# loop (no host recursion): yields, returns, exceptions, the handled
# exception each side sees, and re-entrancy must behave as in CPython.
import sys

def count(n):
    for i in range(n):
        yield i
    return "done"

print([x for x in count(3)], sum(count(5)))

# yield from: values pass through, the return value comes back.
def relay(n):
    r = yield from count(n)
    yield r

print(list(relay(3)))

# Deep delegation chains.
def chain(depth):
    if depth == 0:
        yield "leaf"
        return depth
    r = yield from chain(depth - 1)
    yield r
    return depth

print(list(chain(6)))

# send() through yield from.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)

def outer():
    result = yield from echo()
    yield ("result", result)

g = outer()
print(next(g), g.send("a"), g.send("b"), g.send(None))

# An exception raised in a generator reaches the for loop's handler.
def boom(n):
    yield 1
    raise KeyError(n)

try:
    for x in boom(7):
        print("got", x)
except KeyError as e:
    print("KeyError", e)

# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("inner")

try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

def leaky_delegate():
    yield from leaky()

try:
    print(list(leaky_delegate()))
except RuntimeError as e:
    print("RuntimeError via yield from", e)

# The handled exception: a generator sees its own, the caller keeps its own.
def exc_seer():
    yield sys.exc_info()[0]
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

try:
    raise TypeError("outer")
except TypeError:
    for seen in exc_seer():
        print("gen sees", seen.__name__ if seen else None, "caller sees", sys.exc_info()[0].__name__)

# Exception context: an error in a generator raised while the caller
# handles another exception chains to it.
def fails():
    yield 0
    raise IndexError("late")

try:
    try:
        raise OSError("first")
    except OSError:
        for _ in fails():
            pass
except IndexError as e:
    print("context", type(e.__context__).__name__, e.__context__)

# Re-entrancy: a generator that resumes itself.
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield str(e)

me = selfish()
print(list(me))

# Breaking out of the loop leaves the generator suspended; it resumes later.
def letters():
    try:
        yield "a"
        yield "b"
        yield "c"
    finally:
        print("letters cleanup")

it = letters()
for ch in it:
    print("first", ch)
    break
print("rest", list(it))

# close() and throw() on a generator suspended inside yield from.
def inner_closable():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")

def outer_closable():
    yield from inner_closable()

g = outer_closable()
print(next(g))
g.close()

def catcher():
    try:
        yield 1
    except ZeroDivisionError:
        yield "caught"

def wraps():
    yield from catcher()

g = wraps()
print(next(g), g.throw(ZeroDivisionError))

# A generator's frame holds its state between resumptions of one loop.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

# Recursion through generators still hits the recursion limit cleanly.
def down(n):
    yield n
    yield from down(n + 1)

try:
    for v in down(0):
        pass
except RecursionError:
    print("RecursionError")

# Generator expressions and nested for loops over generators.
print(sum(x * y for x in count(4) for y in count(3)))
print([(a, b) for a in count(2) for b in relay(2)])
