# dict insertion order: after deletes, re-inserts, updates, popitem LIFO, many int keys
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
print(d)
del d["two"]
d["two"] = 99
print(d, list(d))
d["one"] = 0
print(d)
d.pop("three")
d["five"] = 5
d["three"] = 3
print(d, d.popitem(), d)
n = {}
for i in range(20, 0, -3):
    n[i] = i * i
print(n, list(n.keys())[::2])
for i in list(n):
    if i % 2 == 0:
        del n[i]
print(n)
for i in range(100):
    n[i * 7 % 23] = i
print(list(n.items())[:12], len(n))
m = dict.fromkeys([5, 3, 9, 1, 3, 5])
print(m, list(m))
u = {"b": 1, "a": 2}
u.update({"c": 3, "a": 20})
print(u)
u2 = {"z": 0} | u
print(u2, list(reversed(u2)))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10):
    big[i * 2] = "re"
print(list(big)[:8], list(big)[-12:], len(big))
neg = {-1: "a", -2: "b", 2 ** 70: "c", 0: "d", -(2 ** 70): "e", 1.5: "f", -0.5: "g"}
print(neg)
s = {}
for word in "the quick brown the lazy quick the end".split():
    s[word] = s.get(word, 0) + 1
print(s, max(s, key=s.get), sorted(s, key=s.get))
first = next(iter(s))
last = next(reversed(s))
print(first, last)
keys_snapshot = list(s)
s.clear()
s.update(zip(reversed(keys_snapshot), range(10)))
print(s)
