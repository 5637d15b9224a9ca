# range() construction: arg forms, __index__ objects, bools, big ints, negative/zero steps, errors
print(range(4), range(1, 4), range(1, 10, 3), range(-5), range(5, -5, -3), range(0, 0, -1))
print(list(range(True, 4)), range(False, True), list(range(-2, 2)), list(range(2, -2, -1)))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(I(3)), range(I(1), I(7), I(2)), list(range(I(3))), [0, 1, 2, 3][I(1)], "abcd"[I(2)])
big = range(2 ** 70, 2 ** 70 + 3)
print(big, list(big), big[1], 2 ** 70 + 2 in big, big.index(2 ** 70 + 1), range(-(2 ** 80), -(2 ** 80) + 2))
for args in [(0, 5, 0), (1.5,), ("1",), (None,), (1, 2.0), (1, 2, "3"), (), (1, 2, 3, 4), ([1],), (I(1), 2.5)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(args if not any(isinstance(a, I) for a in args) else "I-args", type(e).__name__, e)
try:
    range(start=1, stop=2)
except TypeError as e:
    print(type(e).__name__, e)
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), r[-1], r == range(3, 20, 4), r == range(3, 16, 4), r == range(3, 18, 4))
print(range(0, 10, 3)[::-1], range(10)[::-1][1:3], range(10)[2::3][1:], range(100)[I(5)])
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
