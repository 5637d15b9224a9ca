# `a op b`, `i + 1`, `i < n` and `r != 1` with locals and constants run as
# one fused instruction once the operator or comparison is specialized;
# every way the operands can stop fitting must give CPython's result.

def arith(a, b):
    return a + b, a - b, a * b

def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: %s" % e

def with_consts(a):
    return a + 1, a - 1, a * 3, a + 0.5, a * 2.0, a / 4.0

big = 2 ** 62
rows = [
    (1, 2), (-7, 3), (big, big), (-big, big), (big, -big - big), (3.5, 0.25),
    (1e308, 1e308), (float("inf"), -1.0), (2, 3.0), (True, 2), ("ab", "cd"),
    ([1], [2]), (2 ** 100, 1), (0.1, 0.2),
]
for _ in range(10):
    out = []
    for a, b in rows:
        try:
            out.append(arith(a, b))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    print(out)
    print([divide(x, y) for x, y in [(1.0, 4.0), (1.0, 0.0), (-0.0, 3.0), (7, 2), (7.5, 2), (1.0, -0.0)]])
    print([with_consts(x) for x in (0, 41, -3, big * 2, 1.5, float("nan"))])


def count_up(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total

def count_down(r):
    steps = 0
    while r != 1:
        r = r - 1
        steps = steps + 1
    return steps

for n in (0, 1, 10, 1000):
    print(count_up(n), count_down(n + 1))
print(count_up(10.5), count_down(5.0))


def compares(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    if not a < b:
        out.append("not <")
    return out

nan = float("nan")
pairs = [(1, 2), (2, 1), (3, 3), (-1, -1), (1.5, 2.5), (nan, 1.0), (nan, nan),
         (1.0, nan), (0.0, -0.0), (1, 1.0), (2 ** 70, 1), ("a", "b"), (True, 1),
         (None, None)]
for _ in range(10):
    res = []
    for a, b in pairs:
        try:
            res.append(compares(a, b))
        except TypeError as e:
            res.append("TypeError: %s" % e)
    print(res)


def const_compares(r):
    out = []
    if r != 1:
        out.append("!=1")
    if r < 0:
        out.append("<0")
    if r > 2.5:
        out.append(">2.5")
    if r == 0:
        out.append("==0")
    return out

for _ in range(10):
    print([const_compares(x) for x in (1, 0, -5, 3, 2.5, 2.6, 1.0, nan, 2 ** 65, True, False)])


def unbound(flag):
    if flag:
        a = 1
    b = 2
    return a + b

print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_compare(flag):
    if flag:
        a = 1
    b = 2
    while a < b:
        a = a + 1
    return a

print(unbound_compare(True))
try:
    unbound_compare(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# Switching operand types at a warmed-up site.
def mixed(a, b):
    return a * b

vals = []
for k in range(40):
    if k < 20:
        vals.append(mixed(k, 3))
    elif k < 30:
        vals.append(mixed(k * 0.5, 2.0))
    else:
        vals.append(mixed("x", k - 29))
print(vals)


# Augmented assignment and loop budgets with fused compares.
def nested(n):
    c = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            c += j
            j += 1
        i += 1
    return c

print(nested(50))
