# format specs and %-formatting for floats: f, e, g, %, precision, sign, width
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e22, 0.000123456, 12345678901.0]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:10.4f}|{v:<12.2e}|{v:+.1f}|{v:,.2f}")
for v in vals:
    print(format(v, ""), format(v, "n"), format(v, ".0f"), format(v, "#.0f"), format(v, "G"), format(v, "E"))
for v in (0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005):
    print(f"{v:.0f} {v:.1f} {v:.2f} {v:.20f}")
for v in (float("inf"), float("-inf"), float("nan")):
    print(f"{v:f}|{v:F}|{v:e}|{v:g}|{v:10.2f}|{v:<6}|{v:+}|{v:E}|{v:%}")
print(f"{0.25:%}|{0.25:.0%}|{1 / 3:.2%}|{-1.5:%}")
print(f"{3.5:08.2f}|{-3.5:08.2f}|{3.5:=+10.2f}|{3.5:*^12.3f}|{3.5: .2f}|{-3.5: .2f}")
print(f"{1e100:.3g}|{1e-100:.3g}|{123456:.3g}|{123456:g}|{1234567:g}|{0.0001:g}|{0.00001:g}")
print(f"{12.0:g}|{12.0:#g}|{12.5:.1g}|{15.5:.2g}|{0.000012345:.2e}|{100.0:.0e}")
print(f"{1234.5:_.2f}|{1234567.0:,}|{1234567.5:,.1f}|{-1234.5:,g}")
print(f"{2.0:.15g}|{0.1:.17g}|{0.1:.25f}|{1 / 7:.30g}")
print("%f %.2f %e %.3E %g %G %10.3f %-10.1f| %+f %05.1f" % (1.5, 2.345, 12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5, 1.0, -2.5))
print("%.0f %.0f %.0f %.0f %#.0f %.1f" % (0.5, 1.5, 2.5, -0.5, 3.0, 0.05))
print("%s %r %s %r" % (0.1, 0.1, 1e16, float("nan")))
print("%d %i" % (3.9, -3.9))
print(str(1e16), repr(1e-5), format(1e16), format(1e-5, ""), format(1e16, ".17"))
print(f"{123.456:.2}|{123.456:.5}|{123.456:10.3}|{0.5:.0}")
try:
    print(format(1.5, "d"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("%x" % 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format(1.5, "c"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1.5, ",_f"))
except ValueError as e:
    print(type(e).__name__, e)
