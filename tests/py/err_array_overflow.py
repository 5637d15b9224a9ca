# uncaught OverflowError from array.array('b', [200])
import array
ok = array.array("b", [-128, 0, 127])
print(ok, ok.itemsize, ok.typecode)
print(array.array("B", [200]), array.array("h", [200]), array.array("i", [2 ** 31 - 1]))
try:
    ok.append(128)
except OverflowError as e:
    print("caught:", e)
try:
    array.array("B", [-1])
except OverflowError as e:
    print("caught:", e)
print(ok)
ok[1] = -5
print(ok, sum(ok), ok.tolist())
def fits(tc, v):
    try:
        array.array(tc, [v])
        return True
    except OverflowError:
        return False
print([fits("b", v) for v in (-129, -128, 127, 128)])
print([fits("H", v) for v in (-1, 0, 65535, 65536)])
data = [10, 100, 200]
print("building a signed char array from", data)
arr = array.array("b", data)
print("unreachable", arr)
