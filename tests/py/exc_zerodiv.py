# ZeroDivisionError messages for int and float operations
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("5 % 0.0", lambda: 5 % 0.0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("big // 0", lambda: (10 ** 30) // 0)
attempt("big % 0", lambda: (10 ** 30) % 0)
attempt("True / False", lambda: True / False)
attempt("pow(0, -2)", lambda: pow(0, -2))
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented /=", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented //=", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented %=", e)
print("x unchanged:", x)
print(issubclass(ZeroDivisionError, ArithmeticError))
print(0 / 5, 0 // 5, 0 % 5, -0.0 / 3)
