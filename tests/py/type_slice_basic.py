# slice objects: construction, repr, attributes, indices(), use in subscripts, equality, errors
s = slice(1, 5, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(slice(3).start, slice(3).stop, slice(1, 2).step, slice("a", "b", "c"), slice([1], {2: 3}))
data = list(range(10))
print(data[s], data[slice(5)], data[slice(-3, None)], data[slice(None, None, -2)], "abcdefgh"[s], tuple(data)[s])
print(s.indices(10), s.indices(3), s.indices(0), slice(None).indices(5), slice(None, None, -1).indices(5))
print(slice(-3, -1).indices(10), slice(-100, 100).indices(10), slice(100, -100, -1).indices(10), slice(5, 2, -2).indices(4))
print(slice(2, 8, 3).indices(2 ** 70), slice(0, 2 ** 70).indices(10), slice(-(2 ** 70), None, -1).indices(7))
print(range(*s.indices(10)), list(range(*slice(None, None, -3).indices(8))), len(range(*slice(1, -1).indices(10))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4))
for f in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5), lambda: s.indices(-1),
          lambda: s.indices("a"), lambda: slice("a").indices(5), lambda: hash(s), lambda: slice(1) < 1,
          lambda: data[slice(1.5)]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[:], q[1:2, 3], q[..., 1], q[::], q[None:None], q[-1::-1], q[1])
d = list(range(6))
d[slice(0, 2)] = ["a", "b", "c"]
print(d)
del d[slice(None, None, 2)]
print(d)
first_two = slice(0, 2)
last = slice(-1, None)
rows = ["alpha", "beta", "gamma"]
print([r[first_two] for r in rows], [r[last] for r in rows], rows[first_two], rows[last])
print(type(s).__name__, isinstance(s, slice), slice is type(slice(1)))
