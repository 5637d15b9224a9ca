# array.array construction, repr, typecode, itemsize, len, indexing, iteration, sum, tolist
import array
a = array.array("i", [1, 2, 3])
print(a, repr(a), str(a), a.typecode, a.itemsize, len(a), a[0], a[-1], list(a), a.tolist(), sum(a))
for tc in "bBhHiIlLqQfd":
    arr = array.array(tc, [1, 2, 3])
    print(tc, arr, arr.itemsize, arr.typecode, type(arr[0]).__name__, arr.tolist())
print(array.array("i"), array.array("d"), array.array("b", []), len(array.array("f")), array.array("i", range(5)))
print(array.array("d", [1, 2.5, -3]), array.array("f", [0.5, 1.25]), array.array("q", [2 ** 62, -(2 ** 62)]))
print(array.array("Q", [2 ** 64 - 1]), array.array("L", [0, 2 ** 32]), array.array("B", [0, 255]))
c = array.array("h", (x * x for x in range(6)))
print(c, [v for v in c], 9 in c, 10 in c, c.index(16), c.count(0))
print(array.array("i", [1, 2]) == array.array("i", [1, 2]), array.array("i", [1, 2]) == array.array("l", [1, 2]), array.array("i", [1]) == [1])
print(array.array("i", [1, 2]) < array.array("i", [1, 3]), array.array("d", [1.0]) == array.array("i", [1]), bool(array.array("i")))
d = array.array("d", [0.1, 0.2, 0.3])
print(d, sum(d), max(d), min(d), sorted(d, reverse=True), list(reversed(d)))
e = array.array("i", a)
e[0] = 100
print(a, e, array.array("d", a), array.array("i", array.array("b", [-1, -2])))
for args in [("z", [1]), ("i", [1.5]), ("i", ["a"]), ("d", ["x"]), ("i", 5), ("ii", []), (5, [])]:
    try:
        print(array.array(*args))
    except (ValueError, TypeError) as ex:
        print(args[0], type(ex).__name__, ex)
print(array.typecodes)
