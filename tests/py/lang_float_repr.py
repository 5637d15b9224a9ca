# float repr/str: shortest round-trip representation, exponents, formatting
vals = [0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.25, 100.0, 1e5, 1e15, 1e16, 1e17, 1.5e16, 1e22, 1e-4, 1e-5,
        0.0001234, 123.456, 1 / 3, 2 / 3, 22 / 7, 3.141592653589793, 1e100, 1.23e-100, 9.999999999999999e22,
        12345678.9, 0.30000000000000004, 1e300 * 1e10, -1e-7, 100000000000000000000.0, 5e-324]
for v in vals:
    print(repr(v), str(v))
print([1.0, 0.1, -2.5, 1e20])
print((1.5, 2e-9), {"x": 0.2})
print(f"{1.5}", f"{0.1 + 0.2}", "%s %r" % (0.1, 0.1))
print("%f %.2f %.0f %e %.3e %g %g %g" % (3.14159, 2.675, 2.5, 12345.678, 0.00012345, 1e-5, 123456789.0, 0.0001))
print(format(1234.5678, ".2f"), format(1234.5678, ",.2f"), format(0.5, "%"), format(0.125, ".1%"))
print(format(1e10, "g"), format(1e16, ".3g"), format(123.456, "10.2f") + "|", format(-1.5, "+.1f"))
print(str(1e16 + 1), repr(2.0 ** 60), repr(2.0 ** 53), repr(float(2 ** 53 + 1)))
print(float("0.1"), float("1_000.5"), float("1E3"), float(".5"), float("5."), float("-0"))
print(round(1e16), round(2.5e-3, 4), 1e23, 8.41e21, 4.35, 0.035, 1.1 * 1.1)
