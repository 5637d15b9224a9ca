# program: graph algorithms - BFS shortest path, DFS, topological sort, connected components, cycle check
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("e", "h"), ("c", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for k in graph:
    graph[k].sort()
def bfs_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nb in g[node]:
            if nb not in prev:
                prev[nb] = node
                queue.append(nb)
    return None
print(bfs_path(graph, "a", "h"), bfs_path(graph, "a", "e"), bfs_path(graph, "a", "g"))
def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in g[start]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen
print(dfs(graph, "a"), dfs(graph, "f"))
def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components(graph))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(d):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "visiting":
            raise ValueError(f"cycle at {n}")
        state[n] = "visiting"
        for m in d[n]:
            visit(m)
        state[n] = "done"
        order.append(n)
    for n in sorted(d):
        visit(n)
    return order
print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print(type(e).__name__, e)
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def maze(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    q = [start]
    while q:
        r, c = q.pop(0)
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print("maze distance:", maze(grid))
degree = {n: len(nbs) for n, nbs in graph.items()}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
