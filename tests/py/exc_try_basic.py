# try/except/else/finally: which blocks run in each combination
def run(f):
    log = []
    try:
        log.append("try")
        f()
        log.append("try-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

def ok():
    pass
def bad():
    raise ValueError("bad")
print(run(ok))
print(run(bad))

def only_finally(x):
    out = []
    try:
        out.append(10 // x)
    finally:
        out.append("cleanup")
    return out
print(only_finally(5))
try:
    only_finally(0)
except ZeroDivisionError as e:
    print("propagated:", type(e).__name__, e)

def except_no_name():
    try:
        {}["k"]
    except KeyError:
        return "caught KeyError"
print(except_no_name())

def try_except_else():
    for x in [1, 0, 2]:
        try:
            r = 6 / x
        except ZeroDivisionError:
            print("  x =", x, "-> div by zero")
        else:
            print("  x =", x, "->", r)
try_except_else()

def multiple_handlers(v):
    try:
        if v == 0:
            raise KeyError("k")
        if v == 1:
            raise IndexError("i")
        if v == 2:
            raise TypeError("t")
        return "none"
    except KeyError as e:
        return "key " + repr(e)
    except IndexError as e:
        return "index " + repr(e)
    except Exception as e:
        return "other " + type(e).__name__
for v in range(4):
    print(v, multiple_handlers(v))
