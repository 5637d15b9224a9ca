# A for loop's iterator that something else also holds stays exhausted
# once the loop ends, even if its sequence grows; one only the loop held
# is simply dropped.

def drain(it):
    out = []
    for x in it:
        out.append(x)
    return out

for _ in range(10):
    l = [1, 2]
    it = iter(l)
    first = drain(it)
    l.append(3)
    print(first, list(it), next(it, "done"), l)

    t = (4, 5)
    ti = iter(t)
    print(drain(ti), list(ti))

    r = iter(range(3))
    print(drain(r), list(r))

# Loops over lists that grow while iterating, and nested loops.
grow = [0]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)

total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)

# Breaking out keeps the iterator usable.
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
