# Comparisons feeding conditional jumps at hot (specialized) sites: ints,
# floats, operands whose types change after the site specialized, NaN,
# `not` (jump-if-true), chained comparisons and loops driven by them.

def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n


ints = list(range(-50, 50))
print(count_below(ints, 7))
floats = [i * 0.5 for i in range(-50, 50)]
print(count_below(floats, 3.25))
mixed = ints + floats + [10 ** 30, -(10 ** 30), True, False, float("nan"), float("inf")]
print(count_below(mixed, 7))


def not_equal_runs(xs):
    runs = 0
    prev = None
    for x in xs:
        if not (x == prev):
            runs += 1
        prev = x
    return runs


print(not_equal_runs([1, 1, 2, 2, 2, 3, 1, 1.0, 1.5, 1.5, "a", "a"]))


def while_down(n):
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([while_down(i) for i in range(1, 30)])


def chained(a, b, c):
    return 1 if a < b <= c else 0


print(sum(chained(i, i + (i % 3) - 1, 10) for i in range(40)))

nan = float("nan")
hits = 0
for i in range(40):
    if nan < i or nan >= i:
        hits += 1
    if not (nan != nan):
        hits += 100
print(hits)


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)


print(count_below(list(range(20)) + [Num(1), Num(9)], 5))


# Every operator, on ints and floats (with NaN and infinities), at hot sites
# feeding both jump directions.
def table(pairs):
    out = []
    for a, b in pairs:
        row = 0
        if a < b:
            row |= 1
        if a <= b:
            row |= 2
        if a == b:
            row |= 4
        if a != b:
            row |= 8
        if a > b:
            row |= 16
        if a >= b:
            row |= 32
        if not (a < b):
            row |= 64
        if not (a >= b):
            row |= 128
        out.append(row)
    return out

int_pairs = [(a, b) for a in (-3, 0, 2, 2 ** 62) for b in (-3, 0, 2, 2 ** 62)]
nan = float("nan")
inf = float("inf")
float_pairs = [(a, b) for a in (-1.5, 0.0, -0.0, 2.5, nan, inf, -inf) for b in (-1.5, 0.0, 2.5, nan, inf)]
for _ in range(3):
    print(table(int_pairs))
    print(table(float_pairs))
