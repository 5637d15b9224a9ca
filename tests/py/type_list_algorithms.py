# classic algorithms on lists: sorting, searching, dedup, rotation, matrix ops
def bubble(xs):
    xs = xs[:]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def quick(xs):
    if len(xs) < 2:
        return xs
    p = xs[0]
    return quick([x for x in xs[1:] if x < p]) + [p] + quick([x for x in xs[1:] if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data), merge_sort(data), quick(data), data == sorted(data))
def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = sorted(data)
print([bsearch(s, t) for t in (-5, 3, 82, 100, 10)])
def dedup(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedup([3, 1, 3, 2, 1, 5, 2]), dedup("mississippi"))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = [[m[j][i] for j in range(3)] for i in range(3)]
rot = [list(r) for r in zip(*m[::-1])]
prod = [[sum(a * b for a, b in zip(r, c)) for c in zip(*m)] for r in m]
print(t, rot, prod, sep="\n")
sieve = [True] * 50
sieve[0] = sieve[1] = False
for i in range(2, 8):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
print([i for i, p in enumerate(sieve) if p])
pascal = [[1]]
for _ in range(7):
    row = pascal[-1]
    pascal.append([1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(30).rstrip())
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]], []]))
running = []
total = 0
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    total += x
    running.append(total)
print(running, max(zip(data, range(len(data)))), min(enumerate(data), key=lambda p: p[1]))
