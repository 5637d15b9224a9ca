# deque with maxlen: reprs, discarding from the opposite end, extend/rotate/insert behaviour, sliding windows
from collections import deque
d = deque([1], maxlen=3)
print(d, repr(d), d.maxlen)
for i in range(2, 7):
    d.append(i)
    print(d)
d.appendleft(0)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque(range(10), maxlen=4), deque("abc", maxlen=0), deque(maxlen=2), deque([], 5), deque(range(3), maxlen=None))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
full = deque([1, 2, 3], maxlen=3)
try:
    full.insert(1, 9)
except IndexError as e:
    print(type(e).__name__, e)
full.rotate(1)
print(full, full.copy(), full.copy().maxlen, full + deque([4]), (full + deque([4])).maxlen)
full *= 2
print(full)
for bad in (-1, "3", 1.5):
    try:
        deque([], maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    full.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
def moving_average(seq, n):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([1, 2, 3, 4, 5, 6, 7], 3), moving_average([10, 20], 3))
def tail(lines, n):
    return list(deque(lines, maxlen=n))
print(tail(["l%d" % i for i in range(10)], 3), tail([], 2))
recent = deque(maxlen=4)
for word in "the quick brown fox jumps over the lazy dog".split():
    recent.append(word)
print(recent, " ".join(recent))
