# range objects: repr, len, indexing, slicing, membership, negative steps, equality, errors
for r in (range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3)):
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))
r = range(10)
print(r[0], r[-1], r[5], r[-10], r[2:8:2], r[::-1], r[::2], r[5:], r[:-3], r[100:], r[-100:2], r[::-3])
print(range(10, 0, -2)[1:3], range(1, 20, 3)[::-2], range(0, 100, 10)[2:-2:3], list(range(0, 100, 10)[2:-2:3]))
print(3 in r, 10 in r, -1 in r, 3.0 in r, 3.5 in r, "3" in r, True in r, 2 ** 70 in range(2 ** 71))
print(r.index(4), r.count(4), r.count(11), range(0, 20, 5).index(15), range(5, 0, -1).index(2))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 5))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(3) != range(4), hash(range(3)) == hash(range(0, 3, 1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), sum(range(101)))
print(len(range(0, 10 ** 18, 3)), range(0, 10 ** 20, 3)[-1], range(10 ** 20)[10 ** 19], range(-(10 ** 30), 0)[5])
print(min(range(3, 9)), max(range(3, 9)), sorted(range(3, 0, -1)), tuple(range(2)), set(range(3)))
for f in (lambda: range(0, 10, 0), lambda: r[10], lambda: r[-11], lambda: r.index(99), lambda: range(1.5),
          lambda: range("1"), lambda: range(1, 2, 3, 4), lambda: range(), lambda: r["a"], lambda: r[::0],
          lambda: range(0, 10, 1.0), lambda: r.index("x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(len(range(2 ** 64)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 64)[-1], range(2 ** 64)[2 ** 63], (2 ** 64 - 1) in range(2 ** 64))
print(range(True, 5), range(False), list(range(-2, 3)), [i for i in range(3, -3, -2)])
it = iter(range(3))
print(next(it), list(it), list(it))
