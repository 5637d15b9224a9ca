# divmod() and pow() builtins: signs, floats, big ints, modular pow, and error messages
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (2 ** 100, 7), (-(2 ** 100), 7), (10, 10 ** 30)]:
    print("divmod", a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e300, 1e-300), (0.3, 0.1), (-0.0, 1), (5, float("inf")), (-5, float("inf"))]:
    print("fdivmod", a, b, divmod(a, b))
print(divmod(True, 2), divmod(5, True), type(divmod(5, 2)).__name__, divmod(2 ** 64, 2 ** 32))
for args in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), ("a", 1), (1, None), (1,), (1, 2, 3)]:
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0), pow(-1, 2 ** 100 + 1), pow(2, 100))
print(pow(3, 200, 10 ** 9), pow(-2, 3, 5), pow(2, 3, -5), pow(7, -1, 10), pow(10 ** 20, -1, 7), pow(5, 0, 1))
print(pow(base=3, exp=3), pow(3, exp=2), pow(2, 5, mod=7), pow(True, 5), pow(2, True), pow(1.5, 2))
for args in [(0, -1), (0.0, -1), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), ("2", 3), (2, "3"),
             (2, 3, "5"), (), (2,), (2, 3, 4, 5), (10.0, 400), (0, -2, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pow(2, 0.5) ** 2, pow(10, -3), pow(-8.0, 2), pow(1.0000001, 10 ** 6))
