# program: Dijkstra shortest paths with a hand-written heap, plus Floyd-Warshall for comparison
INF = float("inf")
roads = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[c] < h[i]:
                h[c], h[i] = h[i], h[c]
                i = c
            else:
                break
    return top
def dijkstra(g, src):
    dist = {n: INF for n in g}
    prev = {}
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in sorted(g[u].items()):
            if d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heappush(heap, (dist[v], v))
    return dist, prev
dist, prev = dijkstra(roads, "A")
print(dist)
def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return "->".join(reversed(p))
for t in sorted(roads):
    print(t, dist[t], path(prev, t) if dist[t] < INF else "unreachable")
nodes = sorted(roads)
fw = {(a, b): (0 if a == b else roads[a].get(b, INF)) for a in nodes for b in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if fw[i, k] + fw[k, j] < fw[i, j]:
                fw[i, j] = fw[i, k] + fw[k, j]
print(all(fw["A", n] == dist[n] for n in nodes))
for a in nodes:
    print(a, " ".join(f"{fw[a, b]:>4}" if fw[a, b] < INF else " inf" for b in nodes))
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print([heappop(h) for _ in range(7)])
