# iterating ranges in loops: accumulations, nested ranges, reversed, zip/enumerate, big bounds
total = 0
for i in range(1, 101):
    total += i
print(total)
print([i for i in range(0, 30, 7)], [i for i in range(30, 0, -7)], [i for i in range(-5, -30, -6)])
print(list(range(3, 3)), list(range(3, 2)), list(range(2, 3)), list(range(-1)), list(range(0, 1, 100)))
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print(list(zip(range(3), range(10, 13), range(100, 0, -40))), list(enumerate(range(5, 8), 1)))
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
acc = []
for i in reversed(range(0, 20, 6)):
    acc.append(i)
print(acc, list(reversed(range(-3, 4, 3))))
big = range(10 ** 12, 10 ** 12 + 5)
print(list(big), sum(big), big[2], 10 ** 12 + 3 in big, (10 ** 12 + 3.0) in big)
n = 0
for _ in range(1000):
    n += 1
print(n)
r = range(1, 11)
print(sum(x * x for x in r), max(r, key=lambda v: v % 4), min(r, key=lambda v: (v % 3, -v)))
print(list(map(lambda a, b: a * b, range(4), range(4, 8))), list(filter(lambda v: v % 3 == 0, range(10))))
print(any(v > 8 for v in r), all(v > 0 for v in r), sorted(r, key=lambda v: -v)[:3])
evens = range(0, 21, 2)
print(len(evens), evens.index(10), evens[-1], 7 in evens, 8 in evens, evens.count(20), evens[3:6])
chunks = [list(range(i, min(i + 4, 10))) for i in range(0, 10, 4)]
print(chunks)
it = iter(range(5))
next(it)
print(list(zip(it, it)))
s = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    s += i
else:
    s = -1
print(s)
for i in range(0):
    print("never")
else:
    print("else ran")
x = 0
for x in range(5):
    pass
print("loop var after:", x)
print([str(i).zfill(2) for i in range(8, 13)], "".join(str(i % 10) for i in range(15)))
