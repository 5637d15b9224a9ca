# exceptions raised inside finally / except replace the original one
def replace_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace_in_finally()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def replace_in_except():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from except")
    finally:
        print("finally still runs")
try:
    replace_in_except()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def else_raises():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except RuntimeError as e:
    print("got", e, e.__context__)

def exception_not_caught_by_sibling():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
        except KeyError:
            print("sibling handler does not catch")
    except KeyError as e:
        print("outer caught", repr(e))
exception_not_caught_by_sibling()

log = []
def cleanup_order():
    try:
        try:
            log.append("try")
            raise IndexError("x")
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("handler")
    finally:
        log.append("outer finally")
cleanup_order()
print(log)

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally before return")
print(return_in_except())
