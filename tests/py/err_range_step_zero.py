# uncaught ValueError from range(0, 10, 0)
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (3, 3)]:
    r = range(*args)
    print(args, r, list(r), len(r))
try:
    range(1.5)
except TypeError as e:
    print("caught:", e)
try:
    range(0, 5)[10]
except IndexError as e:
    print("caught:", e)
try:
    list(range(10))[::0]
except ValueError as e:
    print("caught:", e)
def stepped(n, step):
    if step == 0:
        return []
    return list(range(0, n, step))
print(stepped(10, 4), stepped(10, 0))
print(sum(range(0, 101, 5)), range(0, 20, 5)[-1])
step = 0
print("range with step", step)
for i in range(0, 10, step):
    print(i)
print("unreachable")
