# `seq[i] op= v` reads and writes the item through fused instructions once
# the subscripts are specialized; every operand kind must behave as in
# CPython.

def bump(seq, i, v):
    seq[i] += v
    return seq

for _ in range(10):
    print(bump([1, 2, 3], 0, 10), bump([1, 2, 3], -1, 5), bump([1.5], 0, 0.25))

counts = [0] * 5
for k in range(100):
    counts[k % 5] += k
    counts[-1] -= 1
print(counts)

grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[j][i] *= 2
print(grid)

d = {"a": 1}
for _ in range(10):
    d["a"] += 1
    d["b"] = d.get("b", 0) - 1
print(d)

# Elements whose += mutates in place and is then stored back.
ls = [[1], [2]]
for _ in range(3):
    ls[0] += [9]
    ls[1] += (8,)
print(ls)
ss = ["a", "b"]
for _ in range(3):
    ss[1] += "x"
print(ss)

# Slices take the generic path.
sl = [1, 2, 3, 4]
for _ in range(3):
    sl[1:3] += [0]
print(sl)

class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)

for s in ([1, 2], Loud([1, 2]), [3, 4], Loud([5, 6])):
    bump(s, 1, 100)
    print(list(s))

def errors(seq, i):
    try:
        seq[i] += 1
    except IndexError as e:
        return "IndexError: %s" % e
    except TypeError as e:
        return "TypeError: %s" % e
    except KeyError as e:
        return "KeyError: %s" % e
    return seq

for _ in range(10):
    print(errors([1, 2], 2), errors([1, 2], -3), errors((1, 2), 0), errors({}, "k"),
          errors([1, 2], "0"), errors([1, 2], 1.0), errors([1, 2], True), errors(["s"], 0),
          errors([1], 2 ** 70))

class Holder:
    def __init__(self):
        self.items = [0, 0]

h = Holder()
for k in range(6):
    h.items[k % 2] += k
print(h.items)

def neg_index_types(seq):
    i = -1
    seq[i] -= 1
    seq[i - 1] -= 2
    return seq

for _ in range(10):
    r = neg_index_types([10, 20, 30])
print(r)

# The value is computed before the store and refcounts stay right.
class Obj:
    pass

objs = [Obj(), Obj()]
acc = [0, 0]
for k in range(20):
    objs[k % 2] = Obj()
    acc[k % 2] += len(objs)
print(acc, type(objs[0]).__name__)

big = [2 ** 62, -2 ** 62]
for _ in range(3):
    big[0] += 2 ** 62
    big[1] -= 2 ** 62
print(big)
