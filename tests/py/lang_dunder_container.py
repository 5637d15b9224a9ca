# container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, slices
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def render(self):
        return "\n".join("".join(self[r, c] for c in range(self.w)) for r in range(self.h))
g = Grid(4, 2)
g[0, 1] = "#"
g[1, 3] = "@"
print(len(g), g[0, 1], g[0, 0], "#" in g, "x" in g)
print(g.render())
del g[0, 1]
print(g.render())
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[0, 0]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        print("  getitem", repr(i))
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        print("  setitem", repr(i), v)
        self.data[i] = v
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1])
print(s[1:4])
print(s[::2])
print(s[:])
s[0] = "Z"
s[1:3] = ["y", "y", "y"]
print(s, len(s))
sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], slice(3), slice(None, None, -1))
class Default(dict):
    def __missing__(self, key):
        return f"<{key} missing>"
dd = Default(a=1)
print(dd["a"], dd["zz"], len(dd))
class Ranged:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(Ranged()), 200 in Ranged(), Ranged()[1])
class Zero:
    def __len__(self):
        return 0
print(len(Zero()), bool(Zero()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
