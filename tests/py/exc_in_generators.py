# exceptions and generators: raising inside, catching outside, finally, throw
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("inside gen")
    finally:
        print("gen finally")
g = gen()
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught from generator:", e)

def counter():
    i = 0
    while True:
        try:
            yield i
        except KeyError as e:
            print("gen handled", repr(e))
            i = 100
        i += 1
c = counter()
print(next(c), next(c))
print(c.throw(KeyError("reset")))
print(next(c))
try:
    c.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("generator is finished")

def stops():
    yield 1
    return "ret"
g = stops()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def bad_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("context", type(e.__context__).__name__, e.__context__)

def closing():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("closing finally")
g = closing()
print(next(g))
g.close()
g.close()
print("closed twice fine")

def gen_err():
    yield 1 / 0
try:
    next(gen_err())
except ZeroDivisionError as e:
    print("lazy error:", e)
try:
    print(sum(x // (x - 3) for x in range(5)))
except ZeroDivisionError as e:
    print("genexp error:", e)
