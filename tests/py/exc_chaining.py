# raise ... from ..., __cause__, __context__, __suppress_context__
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad config") from e
try:
    explicit()
except ValueError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("while handling")
try:
    implicit()
except IndexError as e:
    print(repr(e))
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("no context shown") from None
try:
    suppressed()
except IndexError as e:
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still set:", type(e.__context__).__name__)

try:
    raise RuntimeError("r") from KeyError("k")
except RuntimeError as e:
    print("from instance:", repr(e.__cause__))

try:
    raise RuntimeError("r") from TypeError
except RuntimeError as e:
    print("from class:", repr(e.__cause__))

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError:
        raise TypeError("c")
try:
    chain3()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
