# uncaught TypeError from concatenating str and int
name = "count"
n = 5
print(name + ": " + str(n))
print(f"{name}: {n}", "%s: %d" % (name, n), "{}: {}".format(name, n))
print(name * 2, 2 * name, name + "")
try:
    name + None
except TypeError as e:
    print("caught:", e)
try:
    name + [1]
except TypeError as e:
    print("caught:", e)
try:
    1 + name
except TypeError as e:
    print("caught:", e)
parts = []
for i in range(3):
    parts.append("item" + str(i))
print(parts, "-".join(parts))
label = "total="
total = sum(range(4))
print(label + str(total))
print("now adding str and int directly")
result = "a" + 1
print("unreachable", result)
