# dict-based algorithms: word counts, grouping, memoization, graph traversal, inversion
text = "it was the best of times it was the worst of times it was the age of wisdom"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(dict(sorted(by_len.items())))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo), list(memo.items())[:3])
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    if node not in seen:
        seen.append(node)
        for nxt in graph[node]:
            dfs(nxt, seen)
    return seen
print(dfs("a"))
indeg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        indeg[m] += 1
order = []
ready = [n for n in graph if indeg[n] == 0]
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order, indeg)
dist = {"a": 0}
frontier = ["a"]
while frontier:
    nxt = []
    for n in frontier:
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                nxt.append(m)
    frontier = nxt
print(dist)
phone = {"alice": "555-1234", "bob": "555-9876", "carol": "555-1234"}
rev = {}
for name, num in phone.items():
    rev.setdefault(num, []).append(name)
print(rev)
matrix = {(r, c): r * 10 + c for r in range(3) for c in range(3) if r != c}
print(matrix, sum(matrix.values()), max(matrix, key=matrix.get))
inventory = {"apples": 5, "pears": 0, "kiwis": 12}
inventory = {k: v for k, v in inventory.items() if v}
inventory["plums"] = inventory.pop("apples") + 1
print(inventory, sorted(inventory.items(), key=lambda kv: kv[1]))
letters = {}
for ch in "hello world":
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
print(letters, "".join(k * v for k, v in letters.items()))
merged = {}
for part in ({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}):
    for k, v in part.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
