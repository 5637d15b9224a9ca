# hash() of ints, floats equal to ints, tuples of ints; ints as dict/set keys
for n in (0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(n, hash(n))
print(hash(-1) == hash(-2))
print(hash(1.0), hash(-1.0), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(hash(0.1), hash(2.5), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)))
print(hash((1, (2, 3))), hash(((),)), hash((0, 0)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(range(5)) == hash(range(5)))
d = {}
for k in (2 ** 64, 2 ** 64 + 1, -(2 ** 64), 2 ** 61 - 1, 0, 2 ** 61 - 1 + 1):
    d[k] = k % 7
print(d)
print(d[2 ** 64], 2 ** 64 + 1 in d, 2 ** 64 + 2 in d)
s = {2 ** 61 - 1, 0, 2 ** 61, 1, -1, -2}
print(sorted(s), len(s))
for f in (lambda: hash([1]), lambda: hash({}), lambda: hash({1}), lambda: hash((1, [2]))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(hash(2 ** 100)).__name__)
print(hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(hash(-(2 ** 100)), hash(12345678901234567890))
print({(1, 2): "a", (2, 1): "b"}[(1, 2)])
