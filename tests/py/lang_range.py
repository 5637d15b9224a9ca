# range: negative steps, empty ranges, indexing, slicing, len, membership, repr
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-1, -10, -2)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-5, 5, 3)), list(range(3, -4, -2)))
r = range(1, 20, 3)
print(r, repr(range(5)), range(0, 10, 2), str(range(-3, 3)))
print(len(r), r[0], r[2], r[-1], r[-2], min(r), max(r), sum(r))
print(r[1:4], r[::-1], list(r[::-1]), r[::2], list(r[10:]))
print(7 in r, 8 in r, 19 in r, 22 in r, -2 in r)
print(r.start, r.stop, r.step, r.index(10), r.count(10), r.count(11))
print(range(0, 10, 3) == range(0, 12, 3), range(0) == range(5, 2), range(3) == range(3))
print(len(range(10, 0, -3)), len(range(0, -100, -7)), len(range(10 ** 10)))
print(list(reversed(range(4))), list(range(4))[::-1])
print(range(10 ** 12)[10 ** 11], range(-10, 10 ** 12, 7)[-1])
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print([i * i for i in range(-3, 4)], list(map(abs, range(-2, 3))))
print(bool(range(0)), bool(range(1)), type(range(3)).__name__)
print(list(zip(range(3), range(10, 0, -4))))
print(sorted(range(5), reverse=True), list(enumerate(range(3, 0, -1))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
