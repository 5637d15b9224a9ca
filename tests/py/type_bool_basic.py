# bool: int subclass arithmetic, truthiness of many objects, bool() constructor, repr, and/or/not
print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int), bool.__bases__)
print(True + True, True - False, True * 5, -True, ~True, ~False, True / 2, True // 2, True % 2, True ** 10)
print(True & True, True | False, True ^ True, False ^ False, type(True & True).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is True, True == 1.0, True > False, max(True, False), sum([True, True, False]))
print(int(True), float(False), str(True), bool(1), bool(0), bool(-1), bool(0.0), bool(-0.0), bool(1e-300))
vals = [0, 1, -1, 0.0, 0.5, "", " ", "0", "False", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None,
        range(0), range(1), frozenset(), 2 ** 100, float("nan"), float("inf"), object]
print([bool(v) for v in vals])
print(bool(), bool(None), bool([[]]), bool(([]),), not [], not [1], not not "x", not 0.0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or {} or 0, None and 1, "a" and "b" and "c")
print(0 or None, 1 and 0 or 5, not 1 == 2, not (1 and 0), (not 1) == 2, True and not False)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate())
print(hash(True), hash(False), {True: "t", 1: "one"}, {False, 0, 0.0}, [True, 1].count(True))
print(True.__and__(False), True.__or__(1), True.__xor__(True), type(True.__xor__(1)).__name__)
print(sorted([True, False, 2, -1, 0.5]), True in [1], 1 in [True], "abc"[True], [10, 20][False])
print(format(True), format(True, ">6"), format(False, "d"), f"{True:^7}|{False!r}|{True:05}", "%s %d %r" % (True, True, False))
class Truthy:
    def __bool__(self):
        return False
class Lenny:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Truthy()), bool(Lenny()), bool(Both()), not Lenny(), "yes" if Truthy() else "no")
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for obj in (BadBool(), BadLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class B2(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("x"), bool(bool), True.__class__ is bool, True.__bool__(), (0).__bool__())
