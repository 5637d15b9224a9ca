# collections.deque: append/appendleft/pop/popleft/extend/extendleft/rotate/index/count/remove/reverse, repr
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, repr(d), len(d), d[0], d[-1], d[2], list(d), type(d).__name__)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d))
print(d, d.index(5), d.count(2), 3 in d, 99 in d)
d.remove(5)
d.reverse()
print(d)
d[0] = 100
del d[1]
print(d, d.copy(), d.copy() is d)
d.insert(1, "x")
d.insert(-1, "y")
print(d)
d.clear()
print(d, len(d), bool(d), deque(), deque("abc"), deque(range(3)), deque((1,)))
e = deque([3, 1, 2])
print(e + deque([9]), e * 2, sorted(e), max(e), sum(e), list(reversed(e)), e == deque([3, 1, 2]), e == [3, 1, 2])
e += [7]
e *= 2
print(e, e < deque([3, 2]), deque([1]) > deque([]))
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
    if out[-1] == 2:
        q.append(99)
print(out)
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
          lambda: deque([1]).index(2), lambda: deque(5), lambda: deque([1])["a"], lambda: deque([1])[0:1],
          lambda: hash(deque()), lambda: deque([1]) + [2], lambda: deque([1, 2]).index(1, 1), lambda: deque([1]).rotate("x")):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
r = deque("abcdef")
r.rotate(1)
print("".join(r), r.maxlen)
nested = deque([[1], deque([2])])
print(nested)
