# `int in set` probes the table natively; entries that are equal but not
# machine ints (True, 1.0, big ints, objects with __eq__) must still count.
class Eq5:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        return other == 5

def count_in(values, s):
    n = 0
    for v in values:
        if v in s:
            n += 1
        if v not in s:
            n -= 100
    return n

ints = set(range(0, 100, 3))
print(count_in(range(100), ints), count_in(range(-5, 5), frozenset(ints)))
print(1 in {True}, 0 in {False}, 1 in {1.0}, 2 in {2.5}, -1 in {-1}, -2 in {-1})
print(5 in {Eq5()}, 6 in {Eq5()}, 5 in frozenset([Eq5()]))
big = 2 ** 70
print(big in {big}, (2 ** 61 - 1) in {0}, 0 in {2 ** 61 - 1}, (2 ** 61 - 1) in {2 ** 61 - 1})
print(count_in([2 ** 61 - 1, 0, -(2 ** 61 - 1), 2 ** 63 - 1], {0, 2 ** 61 - 1, 2 ** 63 - 1}))
s = set()
for i in range(1000):
    s.add(i * 7919 % 1009)
print(len(s), sum(1 for i in range(2000) if i in s))

class MySet(set):
    def __contains__(self, x):
        return x == 42

print(42 in MySet(), 1 in MySet([1]))
