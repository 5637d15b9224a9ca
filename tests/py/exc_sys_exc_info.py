# sys.exc_info() inside and outside handlers, exception objects as values
import sys
print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", sys.exc_info()[0].__name__)
    print("back to outer:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())

errors = [ValueError("v"), KeyError("k"), TypeError("t")]
caught = []
for err in errors:
    try:
        raise err
    except Exception as e:
        caught.append(e)
print([type(c).__name__ for c in caught])
print(caught[0] is errors[0])
print([str(c) for c in caught])

def make_err(kind):
    return {"v": ValueError, "k": KeyError}[kind]("made " + kind)
for kind in "vk":
    try:
        raise make_err(kind)
    except (ValueError, KeyError) as e:
        print(repr(e))

def get_exc():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
e = get_exc()
print(type(e).__name__, e, e.__traceback__ is not None)
e2 = RuntimeError("never raised")
print(e2.__traceback__)
print(isinstance(e, Exception), isinstance(e, ArithmeticError))
