# short-circuit evaluation of and/or/not, chained comparisons, any/all laziness, conditional expressions
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 0) and t("c", 1), log)
log.clear()
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1), log)
log.clear()
print(not t("a", []), log)
log.clear()
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5), log)
log.clear()
print(t("a", 5) > t("b", 3) > t("c", 1), log)
log.clear()
print(any(t(i, i > 2) for i in range(10)), log)
log.clear()
print(all(t(i, i < 2) for i in range(10)), log)
log.clear()
print(t("x", 1) if t("cond", False) else t("y", 2), log)
log.clear()
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < 2 > 3, 0 <= x <= 5 < 6, x != 5 != 6, 3 < x is not None)
print(x in [5] in [[5]], (x in [5]) in [True], x is not None is not False)
print(None or [] or 0 or "" or (), 1 and "a" and [0] and 2.5, (0 or 1) and (2 or 3), 0 and 1 or 2 and 3)
print(True + (3 > 2) + (2 > 3), sum(c.isupper() for c in "HeLLo"), [n > 2 for n in range(5)])
a = []
b = a or [1]
c = a and [1]
print(b, c, a is c, [] is not b)
def f(v):
    return v or "fallback"
print(f(0), f(""), f("given"), f(None), f([0]))
res = [x for x in range(10) if x % 2 == 0 and x % 3 != 0 or x == 9]
print(res)
print(bool(0) is False, (1 == 1) is True, type(1 == 1).__name__, (1 < 2) + 0, not 2 ** 100)
flags = [True, False, True]
print(all(flags), any(flags), flags.count(True), sum(flags), not any([]), all([]))
print(x > 3 and "big" or "small", x < 3 and "big" or "small", ["no", "yes"][x > 3])
