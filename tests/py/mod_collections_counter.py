# collections.Counter: counting, most_common (ties in insertion order), arithmetic, update/subtract, repr
from collections import Counter
c = Counter("mississippi")
print(c, repr(c), c["s"], c["z"], len(c), sorted(c), c.most_common(2), c.most_common())
print(Counter(), Counter([1, 2, 2, 3, 3, 3]), Counter({"a": 3, "b": -1}), Counter(a=2, b=0), Counter("aab").total())
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1), wc.most_common(10)[-1], list(wc.elements())[:5], sorted(wc.elements()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b, +a, -b)
a.update("aaz")
a.update({"b": 5})
print(a)
a.subtract(["a", "a", "q"])
print(a, a["q"])
print(sorted(a.items()), Counter("abc") == Counter("cba"), Counter("ab") == {"a": 1, "b": 1})
del a["q"]
a["new"] += 2
print(a, "new" in a, a.get("zzz"), a.pop("z"), a)
print(dict(Counter("aabbbc")), list(Counter("zyxzz").keys()), Counter("hello").most_common(3))
inv = Counter({"apple": 3, "pear": 0, "fig": -2})
print(+inv, inv, sum(inv.values()), inv.total(), [k for k, v in inv.items() if v > 0])
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
print(Counter("abracadabra").most_common(3), Counter([1.5, 1.5, True, 1]), Counter([(1, 2), (1, 2)]))
