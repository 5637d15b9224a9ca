# `seq[i]`, `seq[0]` and `seq[i] = v` with locals run as one fused
# instruction once the subscript is specialized; every way the locals can
# stop fitting must give CPython's result or error.

def read_all(seq, n):
    out = []
    for _ in range(10):
        i = 0
        while i < n:
            out.append(seq[i])
            i += 1
    return out

print(read_all([1, 2, 3], 3))
print(read_all((4, 5, 6), 3))
print(read_all("abc", 3))
print(read_all({0: "x", 1: "y"}, 2))
print(read_all(range(10, 20), 2))


def negative(seq):
    k = -1
    j = -len(seq)
    return seq[k], seq[j]

for s in ([7, 8, 9], (1,), [None, "s"]):
    print(negative(s))
    print(negative(s))


def consts(b):
    return b[0] + b[1] + b[-1]

for _ in range(5):
    print(consts([1.5, 2.5, 3.0]))
print(consts((1, 2, 3)))
print(consts("xyz"))


def swap(seq, i, j):
    t = seq[i]
    seq[i] = seq[j]
    seq[j] = t
    return seq

lst = list(range(6))
for k in range(6):
    swap(lst, k, 5 - k)
print(lst)
print(swap([1, 2], -1, -2))
print(swap({"a": 1, "b": 2}, "a", "b"))


class Loud(list):
    def __getitem__(self, i):
        return ("get", list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))

for s in ([1, 2, 3], Loud([1, 2, 3]), [4, 5, 6], Loud([7, 8, 9])):
    print(read_all(s, 2), swap(s, 0, 1))


def index_error(seq, i):
    try:
        return seq[i]
    except IndexError as e:
        return "IndexError: %s" % e

for _ in range(10):
    print(index_error([1, 2], 1), index_error([1, 2], 2), index_error((1,), -2))


def store_error(seq, i):
    try:
        seq[i] = 0
    except IndexError as e:
        return "IndexError: %s" % e
    except TypeError as e:
        return "TypeError: %s" % e
    return seq

for _ in range(10):
    print(store_error([1, 2], 1), store_error([1, 2], 5), store_error((1, 2), 0))
    print(store_error([1, 2], 1.0), store_error([1, 2], True))


def wrong_index_types(seq, i):
    try:
        return seq[i]
    except TypeError as e:
        return "TypeError: %s" % e

for _ in range(10):
    print(wrong_index_types([1, 2], 0), wrong_index_types([1, 2], "0"), wrong_index_types([1, 2], True))
    print(wrong_index_types([1, 2], 2 ** 70 > 0), wrong_index_types([10, 20], 2 ** 0))


def unbound(flag):
    if flag:
        seq = [1]
    i = 0
    return seq[i]

print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_index(flag, seq):
    if flag:
        i = 0
    return seq[i]

print(unbound_index(True, [3]))
try:
    unbound_index(False, [3])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_store(flag):
    seq = [0, 0]
    if flag:
        i = 1
    seq[i] = 5
    return seq

print(unbound_store(True))
try:
    unbound_store(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# The value stored is released exactly once and the old one freed.
class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1

cells = [None] * 3
for n in range(30):
    i = n % 3
    cells[i] = Tracked()
print(len(cells), all(isinstance(c, Tracked) for c in cells))


# Mutating the list while indexing it through the same locals.
def grow_and_read(seq):
    i = 0
    total = 0
    while i < len(seq):
        total += seq[i]
        if i < 5:
            seq.append(i)
        i += 1
    return total, seq

print(grow_and_read([1, 2, 3]))


# A bigint index falls back to the generic subscript.
def big(seq, i):
    try:
        return seq[i]
    except IndexError as e:
        return "IndexError: %s" % e

for _ in range(3):
    print(big([1, 2], 2 ** 80), big([1, 2], -(2 ** 80)), big([1, 2], 1))
