# round(): ints and floats, ndigits None/positive/negative, banker's rounding, __round__, errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(3.5001), round(7))
print(round(2.675, 2), round(2.665, 2), round(0.125, 2), round(0.135, 2), round(1.0 / 3, 4), round(-1.0 / 3, 4))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -3), round(1234.5678, -4), round(1234.5678, -5))
print(round(12345, -1), round(12355, -1), round(12345, -2), round(-12350, -2), round(12345, 2), round(99, -2), round(50, -2), round(150, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-5, -1), round(-15, -1), round(2 ** 70 + 5, -1) - 2 ** 70)
print(round(1.5, None), round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__, type(round(5, 0)).__name__)
print(round(True), round(False, 2), round(1e22, -21), round(1.23456789e-5, 7), round(9.995, 2), round(0.285, 2))
print(round(-0.0), round(-0.0, 1), round(-0.4), round(-0.45, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
print([round(x / 4) for x in range(-8, 9)])
print([round(x * 0.1, 1) for x in range(10)])
print(round(123.456, 1), round(123.456, 10), round(123.456, 400), round(123.456, -400), round(1e300, 2), round(5e-324, 323))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, nd=None):
        return "Money(%s, nd=%r)" % (self.cents, nd)
print(round(Money(150)), round(Money(150), 1), round(Money(7), None))
for args in [("1.5",), (None,), ([1.5],), (1.5, 1.5), (1.5, "1"), (float("inf"),), (float("nan"),), (), (1, 2, 3),
             (float("inf"), 1), (12, -30), (1, 2 ** 70)]:
    try:
        print(round(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(round(2 ** 2000, -600) == round(2 ** 2000, -600), round(-(10 ** 30) + 5, -1))
