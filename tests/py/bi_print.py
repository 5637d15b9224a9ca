# print(): sep, end, multiple args, empty call, non-str objects, flush, keyword errors
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"}, sep=" ; ", end=" END\n")
print(sep="-")
print(end="only end\n")
print("a", "b", sep=None, end=None)
print(*range(5))
print(*range(5), sep="")
print(*"xyz", sep="/", end="!\n")
print(*[])
print("flush", flush=True)
print("", "")
print("", "", sep="|")
print("multi\nline", "args")
print("tab\tsep", 3, sep="\t")
print(*[1, 2], *[3], sep="+", end="=6\n")
for bad in [dict(sep=1), dict(end=2), dict(end=[])]:
    try:
        print("x", **bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("x", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S-obj"
class R:
    def __repr__(self):
        return "R-obj"
print(S(), R(), [R()], str(R()))
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print("é日😀", "\\", "'quoted'", '"dq"')
print(str(print(end="")) + "!")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("done", sep="IGNORED")
