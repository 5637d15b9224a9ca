# print(): multiple args, sep, end, empty calls, objects, flush, file=sys.stdout
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(*[1, 2, 3])
print(*[1, 2, 3], sep=" + ", end=" = 6\n")
print(*"abc", sep="|")
print(1, 2.5, None, True, [1, "a"], (2,), {"k": "v"}, {3})
print("multi\nline")
print("", "", sep="EMPTY")
print(sep="ignored")
print("end", end="\n\n")
print("tab", "sep", sep="\t")
print("flush", flush=True)
print("to stdout", file=sys.stdout)
print("sep None", "default", sep=None)
print("end None", end=None)
for i in range(3):
    print(i, end=" ")
print()
print(*range(5), sep="")
print("unicode:", "é", "中", "😀")
sys.stdout.write("via sys.stdout.write\n")
n = sys.stdout.write("returns count\n")
print(n)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=5)
except TypeError as e:
    print(type(e).__name__, e)
print(str(print)[:0] + "print is a builtin:", callable(print))
