# uncaught TypeError from item assignment on a tuple
t = (1, [2, 3], "s")
print(t, t[0], t[1][0], t[-1])
t[1].append(4)
print(t)
try:
    t[2] = "x"
except TypeError as e:
    print("caught:", e)
try:
    del t[0]
except TypeError as e:
    print("caught:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("caught:", e)
as_list = list(t)
as_list[0] = 100
print(tuple(as_list), t)
t2 = t[:1] + (99,) + t[2:]
print(t2)
point = (3, 4)
x, y = point
print(x, y, point._replace if hasattr(point, "_replace") else "plain tuple")
print(len(t), t.count(1), t.index("s"))
print("assigning into a tuple")
point[0] = 10
print("unreachable")
