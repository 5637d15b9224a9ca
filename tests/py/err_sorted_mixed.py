# uncaught TypeError from sorting a list mixing int and str
print(sorted([3, 1, 2]), sorted(["b", "a"]), sorted([2.5, 1, True]))
print(sorted([(1, "b"), (1, "a")]), sorted("cab"), sorted([[2], [1, 5]]))
try:
    sorted([None, 1])
except TypeError as e:
    print("caught:", e)
try:
    [3, "x", 1].sort()
except TypeError as e:
    print("caught:", e)
print(sorted([1, "a"], key=str), sorted(["10", 9, "8"], key=int))
mixed = [3, "3", 2]
print(sorted(mixed, key=lambda v: (isinstance(v, str), str(v))))
print(min([1, 2]), max("ab"))
records = [("x", 2), ("y", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted({3: "a", 1: "b"}), sorted({2, 1}))
values = [1, "a"]
print("sorting", values)
print(sorted(values))
print("unreachable")
