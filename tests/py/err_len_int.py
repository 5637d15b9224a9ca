# uncaught TypeError from len() of an int
things = ["abc", [1, 2], (3,), {"k": 1}, {4, 5}, range(6), ""]
for t in things:
    print(repr(t), len(t))
try:
    len(None)
except TypeError as e:
    print("caught:", e)
try:
    len(3.5)
except TypeError as e:
    print("caught:", e)
class Box:
    def __len__(self):
        return 9
print(len(Box()))
def size(x):
    try:
        return len(x)
    except TypeError:
        return -1
print([size(v) for v in (1, "ab", None, [0])])
print(sum(len(t) for t in things))
n = 5
print("n is", n, type(n).__name__)
print("calling len(5)")
print(len(n))
print("unreachable")
