# nested try statements and exceptions raised in handlers
def f(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            print("inner handler")
            raise ValueError("converted")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer handler:", e)
        return -1
    finally:
        print("outer finally")
print(f(2))
print(f(0))

def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as e:
            print("handled inner", repr(e))
        print("still in outer handler")
    return "done"
print(g())

def h():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            print("wrong handler")
    except TypeError as e:
        print("outer caught", e)
h()

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except RuntimeError as e:
    print("caught", e)

def handler_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e) if "err" in str(e) else "other"
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(handler_var_cleared())
