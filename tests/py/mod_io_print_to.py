# print(..., file=StringIO) and capturing output: sep/end handling, multiple buffers, swapping sys.stdout
import io
import sys
buf = io.StringIO()
print("a", 1, None, file=buf)
print("x", "y", sep=",", end=";", file=buf)
print(file=buf)
print([1, 2], {"k": (3,)}, file=buf, end="")
print(repr(buf.getvalue()))
lines = buf.getvalue().splitlines()
print(lines, len(lines))
old = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print("captured line 1")
print("captured", "line", 2)
sys.stdout.write("raw write\n")
sys.stdout = old
print("restored; captured =", repr(capture.getvalue()))
def render(rows):
    out = io.StringIO()
    for name, qty in rows:
        print(f"{name:<8}{qty:>4}", file=out)
    print("-" * 12, file=out)
    print(f"{'total':<8}{sum(q for _, q in rows):>4}", file=out)
    return out.getvalue()
report = render([("apples", 3), ("pears", 12), ("kiwis", 7)])
print(report, end="")
print(report.count("\n"), len(report))
a, b = io.StringIO(), io.StringIO()
for i in range(5):
    print(i, file=a if i % 2 else b)
print(repr(a.getvalue()), repr(b.getvalue()))
nested = io.StringIO()
print("outer", file=nested)
inner = io.StringIO()
print("inner", file=inner)
print(inner.getvalue().strip(), file=nested)
print(repr(nested.getvalue()))
