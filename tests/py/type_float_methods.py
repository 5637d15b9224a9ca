# float methods: is_integer, as_integer_ratio, hex, fromhex, real/imag, conjugate
for v in (1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 1e-300, 0.1, float("inf"), float("nan")):
    print(v, v.is_integer())
for v in (1.0, 0.5, -0.75, 0.1, 3.0, 1e20, 2.5e-5, -0.0, 1 / 3):
    print(v, v.as_integer_ratio())
for v in (float("inf"), float("nan")):
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in (1.0, 0.5, 0.1, -2.5, 0.0, -0.0, 1e300, 5e-324, float("inf"), float("nan"), 255.0):
    print(v.hex())
for s in ("0x1p0", "0x1.8p1", "-0x1.999999999999ap-4", "0x.8p1", "inf", "0x1p-1074", "  0x10  "):
    print(float.fromhex(s))
try:
    print(float.fromhex("0x1p99999"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float.fromhex("zz"))
except ValueError as e:
    print(type(e).__name__, e)
x = 2.5
print(x.real, x.imag, x.conjugate(), (-x).__abs__(), x.__neg__())
print(x.__add__(1), x.__radd__(1), x.__sub__(1), x.__rsub__(1), x.__mul__(2))
print(x.__truediv__(2), x.__rtruediv__(5), x.__floordiv__(2), x.__mod__(2))
print(x.__pow__(2), x.__rpow__(2), x.__eq__(2.5), x.__lt__(3), x.__bool__())
print(x.__add__("a"), x.__int__(), x.__float__(), x.__trunc__())
print((0.0).__bool__(), (-0.0).__bool__(), bool(float("nan")))
print(float.__add__(1.0, 2.0), float.__repr__(0.1))
print(isinstance(1.0, float), isinstance(1, float), issubclass(float, int))
print(float(), float(0), float(-0.0), float("-0"), float(" -0.0 "))
print(float.fromhex(0.1.hex()) == 0.1, (0.1).hex())
