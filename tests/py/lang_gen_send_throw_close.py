# generator methods send, throw, close; generator state; GeneratorExit handling
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
g = averager()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
def stateful():
    print("  started")
    try:
        x = yield "first"
        print("  received", x)
        y = yield "second"
        print("  received", y)
    except KeyError as e:
        print("  caught KeyError", e)
        yield "recovered"
    finally:
        print("  finally")
s = stateful()
print(next(s))
print(s.send("hello"))
print(s.throw(KeyError("k")))
try:
    next(s)
except StopIteration:
    print("stopped")
def closer():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
c = closer()
print(next(c), next(c))
c.close()
print("after close")
try:
    next(c)
except StopIteration:
    print("closed generator raises StopIteration")
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
never_started = closer()
never_started.close()
print("closing an unstarted generator is fine")
def t():
    yield 1
gen = t()
try:
    gen.throw(IndexError("thrown before start"))
except IndexError as e:
    print("propagated immediately:", e)
print(list(gen))
def running_check():
    yield
r = running_check()
next(r)
try:
    next(r)
except StopIteration:
    print("done")
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
cn = counter()
print(next(cn), next(cn), next(cn), cn.send("reset"), next(cn))
def me():
    yield gen_self.send(None) if False else "no self-send"
gen_self = me()
print(next(gen_self))
def self_next():
    yield next(sg)
sg = self_next()
try:
    next(sg)
except ValueError as e:
    print(type(e).__name__, e)
