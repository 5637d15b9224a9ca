# `return <constant>` and jumps to a return run as one instruction; every
# kind of return must still behave: values, generators, finally, with.

def const_returns(k):
    if k == 0:
        return None
    if k == 1:
        return True
    if k == 2:
        return 3.5
    if k == 3:
        return "s"
    if k == 4:
        return (1, 2)
    if k == 5:
        return -7

print([const_returns(k) for k in range(7)])


def conditional(a, b, c):
    return a if c else b

def ternary_chain(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"

for _ in range(10):
    print(conditional(1, 2, True), conditional(1, 2, False), [ternary_chain(x) for x in (-1, 0, 1)])


def implicit(x):
    if x:
        y = 1
    else:
        y = 2

print(implicit(0), implicit(1))


def gen(n):
    for i in range(n):
        if i == 2:
            return "stopped"
        yield i
    return "done"

def drive(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value

print(drive(gen(5)), drive(gen(1)))


def with_finally(flag):
    log = []
    try:
        if flag:
            return "early"
        log.append("body")
    finally:
        log.append("finally")
    return log

print(with_finally(True), with_finally(False))


def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())


class CM:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *exc):
        self.log.append("exit")
        return False

def in_with(log, flag):
    with CM(log):
        if flag:
            return 42
    return 0

log = []
print(in_with(log, True), in_with(log, False), log)


def loop_return(items):
    for x in items:
        if x > 2:
            return x
    else:
        return None

print(loop_return([1, 2, 3, 4]), loop_return([1]))


def try_except_return(v):
    try:
        return 10 // v
    except ZeroDivisionError:
        return "div0"
    else:
        return "never"

print(try_except_return(2), try_except_return(0))

f = lambda: 5
g = lambda x: None
print(f(), g(1))


def nested():
    def inner():
        return "inner"
    return inner() if True else None

print(nested())
