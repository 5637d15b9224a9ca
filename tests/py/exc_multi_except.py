# except (A, B) as e, order of handlers, tuples of classes
def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value " + type(e).__name__ + ": " + str(e)
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    return "nothing"

print(classify(lambda: {}["x"]))
print(classify(lambda: [][1]))
print(classify(lambda: int("abc")))
print(classify(lambda: len(5)))
print(classify(lambda: 1 % 0))
print(classify(lambda: None))

errs = (ZeroDivisionError, OverflowError)
try:
    float(10 ** 400)
except errs as e:
    print("tuple variable:", type(e).__name__, e)

flat = (KeyError, ValueError, TypeError)
for f in (lambda: {}[1], lambda: int("z"), lambda: None + 1):
    try:
        f()
    except flat as e:
        print("tuple caught", type(e).__name__, e)

def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler"
print(first_match_wins())

try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
