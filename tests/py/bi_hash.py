# hash(): deterministic values for ints, floats, bools, None-equality, tuples of ints; unhashable errors
for v in (0, 1, -1, -2, 7, 10 ** 18, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 3, -(2 ** 64), 10 ** 100):
    print("int", v, hash(v))
for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 3.14, 1e100, 1e-100, 2.0 ** 60, float("inf"), float("-inf")):
    print("float", v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
for v in ((), (0,), (1, 2), (2, 1), (1, (2, 3)), (-1, -2), (1.5, 2), (True, False), ((), ()), tuple(range(10))):
    print("tuple", v, hash(v))
print(hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1])), hash(range(3)) == hash(range(0, 3)))
print(hash(None) == hash(None), hash(Ellipsis) == hash(...), hash(int) == hash(int), hash(len) == hash(len))
class WithHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class BigHash:
    def __hash__(self):
        return 2 ** 100
class NegOne:
    def __hash__(self):
        return -1
class StrHash:
    def __hash__(self):
        return "x"
print(hash(WithHash(42)), hash(WithHash(-1)), hash(BigHash()), hash(NegOne()), hash(WithHash(True)))
for v in ([], {}, set(), [1, 2], (1, []), (0, {1})):
    try:
        print(hash(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(StrHash())
except TypeError as e:
    print(type(e).__name__, e)
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
o = object()
print(hash(o) == hash(o), type(hash(o)).__name__, type(hash("str")).__name__, hash("a") == hash("a"))
print(hash(-1) == hash(-2), hash(-1) == -2, hash(2 ** 61 - 1) == 0, hash(-(2 ** 61 - 1)) == 0)
