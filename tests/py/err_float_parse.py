# uncaught ValueError from float('x')
for s in ("1.5", "-2", "  3.25  ", "1e3", "inf", "-nan", ".5", "1_0.5"):
    print(repr(s), float(s))
try:
    float("1,5")
except ValueError as e:
    print("caught:", e)
try:
    float("")
except ValueError as e:
    print("caught:", e)
def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(float(it))
        except ValueError:
            out.append(None)
    return out
print(parse_all(["1", "two", "3.0"]))
readings = "20.5 21.0 19.75".split()
print(sum(float(r) for r in readings) / len(readings))
print(float(7), float(True), float("1e-3"))
raw = "x"
print("parsing", repr(raw))
print(float(raw))
print("unreachable")
