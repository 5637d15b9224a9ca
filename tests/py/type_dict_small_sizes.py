# Dicts around the size where the index table appears (small dicts scan
# their entries): inserts, deletes, re-inserts, equal hashes, order.
for n in range(12):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    for i in range(0, n, 3):
        del d["k%d" % i]
    for i in range(0, n, 2):
        d["k%d" % i] = -i
    print(n, len(d), list(d.items()), "k5" in d, d.get("k1"), d.get("zz"))

# Keys that hash equal: -1 and -2 share a hash; 1, 1.0 and True are one key.
d = {-1: "a", -2: "b", 1: "one"}
d[1.0] = "float"
d[True] = "bool"
print(d, d[-1], d[-2], len(d))
del d[-1]
print(d, -1 in d, -2 in d)

# Delete everything, then grow again past the small size.
d = {i: i * i for i in range(9)}
while d:
    d.popitem()
print(d, len(d))
for i in range(20):
    d[str(i)] = i
    if i % 4 == 0:
        del d[str(i)]
print(len(d), list(d)[:5], d.get("19"), d.get("0"))

# Instances: attributes added, deleted and re-added around the small size.
class C:
    pass
c = C()
for i in range(10):
    setattr(c, "a%d" % i, i)
    if i % 3 == 0:
        delattr(c, "a%d" % i)
c.a0 = "back"
print(sorted(vars(c).items()))
print(hasattr(c, "a3"), getattr(c, "a4"), c.__dict__.get("a9"))

# keyword arguments collect into a small dict
def kw(**k):
    return k
print(kw(a=1, b=2, c=3), kw(**{str(i): i for i in range(10)}))
