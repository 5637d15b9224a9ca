# Sets holding keys whose equality is Python code, probed with simple keys
# (ints, strs, tuples) and the reverse: the probe must call __eq__ and see
# the right answer.

class Same:
    """Equal to (and hashing like) a given simple value."""
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Same.calls += 1
        return other == self.v or (isinstance(other, Same) and other.v == self.v)


s = {Same(1), Same("a"), Same((1, 2))}
print(1 in s, "a" in s, (1, 2) in s, 2 in s, "b" in s)
s.add(1)
s.add("a")
print(len(s))
s.discard((1, 2))
print(len(s), (1, 2) in s)
s.add(5)
s.add(5)
print(len(s), 5 in s, Same.calls > 0)

# Simple keys first, then a user key equal to one of them.
t = {1, 2, 3}
print(Same(2) in t)
t.add(Same(3))
print(len(t))
t.discard(Same(1))
print(sorted(x for x in t if isinstance(x, int)))


fs = frozenset([Same(4), 9])
print(4 in fs, 9 in fs, 10 in fs)
