# print(file=...) to sys.stdout, io.StringIO and custom writer objects; file=None
import sys
import io
print("to stdout", file=sys.stdout)
print("to None file", file=None)
buf = io.StringIO()
print("hello", "world", file=buf)
print(1, 2, 3, sep="-", end="!", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("a", "b", file=c)
print("x", 5, sep="", end="", file=c)
print(file=c)
print(c.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class BadWrite:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))
try:
    print("payload", file=BadWrite())
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me\n")
print(n)
print("flush ok", file=sys.stdout, flush=True)
out = io.StringIO()
for row in [(1, "a"), (2, "b")]:
    print(*row, sep=",", file=out)
print(out.getvalue().splitlines())
print(out.getvalue().count("\n"), len(out.getvalue()))
