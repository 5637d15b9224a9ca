# sys.stdout: interleaving write() and print(), return values, print(file=sys.stdout), redirecting and restoring
import sys
out = sys.stdout
n1 = out.write("first ")
n2 = out.write("line\n")
print(n1, n2)
print("print", "then", end=" ")
sys.stdout.write("write on same line\n")
print("explicit file", file=sys.stdout, sep="", end="!\n")
w = sys.stdout.write
for piece in ("a", "b", "c\n"):
    w(piece)
print(sys.stdout.write("é日😀\n"))
print(callable(sys.stdout.write), hasattr(sys.stdout, "write"), sys.stdout.writable())
class Upper:
    def __init__(self, target):
        self.target = target
        self.count = 0
    def write(self, s):
        self.count += 1
        return self.target.write(s.upper())
    def flush(self):
        pass
saved = sys.stdout
up = Upper(saved)
sys.stdout = up
print("shouted through a wrapper")
print("two", "args")
sys.stdout = saved
print("restored; wrapper write calls:", up.count)
print("stdout is __stdout__:", sys.stdout is sys.__stdout__)
lines = ["%d squared is %d" % (i, i * i) for i in range(4)]
sys.stdout.write("\n".join(lines) + "\n")
sys.stdout.write("")
print(end="")
print("end of test", flush=True)
