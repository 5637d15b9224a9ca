# the builtin exception hierarchy: which handlers catch what
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (Exception, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (GeneratorExit, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (FileNotFoundError, OSError), (TypeError, ValueError), (bool, int),
]
for a, b in pairs:
    print(a.__name__, "subclass of", b.__name__, issubclass(a, b))

for cls in [KeyError, ZeroDivisionError, UnboundLocalError, RecursionError, ModuleNotFoundError, FileNotFoundError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])

def catch(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for e in [KeyError("a"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(),
          SystemExit(2), KeyboardInterrupt(), GeneratorExit()]:
    print(type(e).__name__, "->", catch(e))

try:
    x = undefined_thing
except NameError as e:
    print("NameError caught:", e)

def local_unbound():
    try:
        print(v)
    except NameError as e:
        print("UnboundLocalError caught as NameError:", type(e).__name__)
    v = 1
local_unbound()
print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), IndexError))
