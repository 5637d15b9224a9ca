# uncaught TypeError from tuple(5)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(tuple(x * 2 for x in range(3)), tuple(tuple([9])))
try:
    tuple(None)
except TypeError as e:
    print("caught:", e)
try:
    tuple(3.5)
except TypeError as e:
    print("caught:", e)
try:
    tuple([1], [2])
except TypeError as e:
    print("caught:", e)
t = tuple([3, 1, 2])
print(t, sorted(t), t.index(1), t.count(3))
point = tuple(map(int, "4 5".split()))
print(point, point[0] + point[1])
print(len(tuple("hello")), tuple(reversed(t)))
n = 5
print("calling tuple(%d)" % n)
print(tuple(n))
print("unreachable")
