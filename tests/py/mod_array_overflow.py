# array integer range checks per typecode: boundary values accepted, overflow error messages
import array
bounds = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535), "i": (-2 ** 31, 2 ** 31 - 1),
          "I": (0, 2 ** 32 - 1), "l": (-2 ** 63, 2 ** 63 - 1), "L": (0, 2 ** 64 - 1), "q": (-2 ** 63, 2 ** 63 - 1), "Q": (0, 2 ** 64 - 1)}
for tc, (lo, hi) in bounds.items():
    print(tc, array.array(tc, [lo, hi]))
    for v in (lo - 1, hi + 1):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(" ", tc, v, type(e).__name__, e)
for tc, v in [("b", 200), ("B", -1), ("B", 256), ("h", 40000), ("H", -5), ("i", 2 ** 40), ("Q", -1), ("Q", 2 ** 70), ("q", 2 ** 100)]:
    a = array.array(tc, [0])
    try:
        a[0] = v
    except OverflowError as e:
        print("setitem", tc, v, type(e).__name__, e)
    try:
        a.append(v)
    except OverflowError as e:
        print("append", tc, v, type(e).__name__, e)
    print(" unchanged:", a)
b = array.array("b", [1, 2])
try:
    b.extend([3, 300, 4])
except OverflowError as e:
    print(type(e).__name__, e, b)
try:
    b.insert(0, -129)
except OverflowError as e:
    print(type(e).__name__, e, b)
c = array.array("B", [250])
c[0] = c[0] + 5
print(c)
try:
    c[0] += 1
except OverflowError as e:
    print(type(e).__name__, e, c)
print(array.array("b", [True, False]), array.array("B", [ord("A")]), array.array("l", [-1]).tolist())
