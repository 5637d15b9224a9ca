# subclassing builtins: int, str, list, dict, tuple with extra behavior
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, repr(m + 3), m * 2, type(m * 2).__name__, m == 5, m > 4, isinstance(m, int))
print(hash(m) == hash(5), {m: "x"}[5], [0, 1, 2, 3, 4, 5, 6][m], int(m), str(m))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
s = Shout("hey")
print(s.shout(), s + " you", type(s + " you").__name__, type(s).__name__, s == "hey", len(s), s[0], s.title())
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3).push(4)
print(st, st.peek(), len(st), st.pop(), st, type(st[:2]).__name__, st + [9], type(st + [9]).__name__)
print(isinstance(st, list), st == [1, 2, 3], sorted(Stack([3, 1, 2])))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
    def __missing__(self, k):
        return 0
c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c, c["a"], c["zzz"], len(c), dict(c), sorted(c.items()), "zzz" in c)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, ld["HELLO"], ld.get("hello"), list(ld))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.swap(), p + (3,), p[0], len(p), p == (1, 2))
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
        self.label = "custom"
ml = MyList(4, 5, 6)
print(ml, ml.label, sum(ml), ml.__dict__)
class Flag(int):
    pass
print(Flag(1) + Flag(2), type(Flag(1) + Flag(2)).__name__, Flag("42"), -Flag(3), Flag(7) // 2)
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
print(Path("usr") / "local" / "bin", type(Path("a") / "b").__name__)
