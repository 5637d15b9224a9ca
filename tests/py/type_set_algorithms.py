# set-based algorithms: dedup, intersections of many sets, graph components, Jaccard similarity, primes
words = "the cat and the dog and the bird".split()
print(sorted(set(words)), len(set(words)), len(words))
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(b), sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
sets = [{1, 2, 3, 4}, {2, 3, 4, 5}, {3, 4, 5, 6}]
common = sets[0].intersection(*sets[1:])
union = set().union(*sets)
print(common, union, [len(s - common) for s in sets])
def jaccard(x, y):
    return len(x & y) / len(x | y)
print(jaccard({1, 2, 3}, {2, 3, 4}), jaccard(set("night"), set("nacht")), jaccard({1}, {1}))
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]
nodes = {n for e in edges for n in e}
adj = {n: set() for n in nodes}
for u, v in edges:
    adj[u].add(v)
    adj[v].add(u)
seen = set()
components = []
for n in sorted(nodes):
    if n in seen:
        continue
    comp = set()
    stack = [n]
    while stack:
        x = stack.pop()
        if x not in comp:
            comp.add(x)
            stack.extend(adj[x] - comp)
    seen |= comp
    components.append(sorted(comp))
print(components)
limit = 60
composite = {m for i in range(2, 8) for m in range(i * i, limit, i)}
print(sorted(set(range(2, limit)) - composite))
pairs = {(x, y) for x in range(4) for y in range(4) if x < y}
print(sorted(pairs), len(pairs), (1, 3) in pairs, (3, 1) in pairs)
def has_dup(seq):
    return len(set(seq)) != len(seq)
print(has_dup([1, 2, 3]), has_dup("hello"), has_dup(()))
s1 = {i * i % 17 for i in range(17)}
print(sorted(s1), len(s1))
first_seen = []
seen2 = set()
for ch in "programming language":
    if ch not in seen2:
        seen2.add(ch)
        first_seen.append(ch)
print("".join(first_seen))
print(sorted({len(w) for w in words}), {x % 3 for x in range(100)} == {0, 1, 2})
