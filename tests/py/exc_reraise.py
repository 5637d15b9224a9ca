# bare raise, re-raising a caught exception, raising classes vs instances
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("saw it")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("outer got", type(e).__name__, e)

def reraise_var():
    try:
        int("q")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_var()
except ValueError as e:
    print("re-raised:", e)

try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)

try:
    raise ValueError()
except ValueError as e:
    print("empty instance:", repr(e), repr(str(e)))

try:
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
except TypeError as e:
    print("bare raise re-raises the current handler's exception:", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
