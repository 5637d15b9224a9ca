# bool arithmetic and truthiness, None semantics
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~False, True ** 2)
print(type(True + 1).__name__, type(True and 1).__name__, isinstance(False, int))
print(True == 1, False == 0, True is True, (1 == 1) is True, True > False, sum([True, True, False, True]))
print(str(True), repr(False), int(True), float(False), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("0"), bool(" "), bool([]), bool([0]), bool(()), bool((None,)), bool({}), bool({0: 0}))
print(bool(None), bool(range(0)), bool(range(1)), bool(set()), bool(frozenset([1])))
print(None is None, None == None, None != 0, None == False, type(None).__name__, repr(None), str(None))
def nothing():
    pass
def explicit_none():
    return
print(nothing(), explicit_none(), nothing() is None)
d = {True: "t", 1: "one", 1.0: "float one", False: "f", 0: "zero"}
print(d)
print(len({True, 1, 1.0}), {0, False, 0.0})
count = 0
for v in [0, 1, "", "x", None, [], [None], 0.0, -0.0, 3]:
    if v:
        count += 1
print("truthy count", count)
print([x for x in [0, 1, 2, "", "a", None, False, True] if x])
print(True if None else False, not None, not not [], not 0, not "")
print(max(True, 2), min(False, -1), sorted([True, False, 2, -1, 0]))
print("abc" * True, "abc" * False, [1, 2] * True)
print(True.__class__.__name__, None.__class__.__name__, bool.__mro__)
print(True & 1, True | 2, True ^ 1, 5 + (3 > 2))
