# exceptions and context managers: __exit__ arguments, suppression rules, nested managers, finally order
log = []
class CM:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is not None and issubclass(et, self.suppress)
def run(body):
    log.clear()
    try:
        body()
        log.append("completed")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}: {e}")
    print(log)
def b1():
    with CM("a"), CM("b"):
        raise ValueError("v")
run(b1)
def b2():
    with CM("a"), CM("b", suppress=(ValueError,)):
        raise ValueError("v")
    log.append("after with")
run(b2)
def b3():
    with CM("outer", suppress=(KeyError,)):
        with CM("inner", suppress=(ValueError,)):
            raise KeyError("k")
        log.append("not reached")
    log.append("after outer")
run(b3)
def b4():
    with CM("a", suppress=(LookupError,)):
        [][1]
    with CM("b", suppress=(LookupError,)):
        {}["x"]
    with CM("c", suppress=(LookupError,)):
        1 / 0
run(b4)
def b5():
    try:
        with CM("t"):
            return "returned"
    finally:
        log.append("finally")
run(b5)
def b6():
    with CM("x"):
        try:
            raise TypeError("inner")
        except TypeError:
            log.append("handled inside")
run(b6)
class ExitSeesException:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  __exit__ got", et.__name__, repr(ev), ev.args, tb is not None)
        return True
with ExitSeesException():
    raise IndexError("details", 42)
print("continuing after suppression")
class ReplacingExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError("replaced") from ev
try:
    with ReplacingExit():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
for i in range(3):
    with CM(f"loop{i}", suppress=(StopIteration,)):
        if i == 1:
            raise StopIteration
print(log[-6:])
