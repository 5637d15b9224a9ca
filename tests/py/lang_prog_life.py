# program: Conway's game of life on a small torus, printing generations and population
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
def show(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
H, W = 8, 10
glider = parse([".#", "..#", "###"])
cells = glider
for gen in range(5):
    print(f"generation {gen}, population {len(cells)}")
    print(show(cells, H, W))
    cells = step(cells, H, W)
blinker = parse(["", ".###"])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(blinker), sorted(b1), b2 == blinker)
block = parse(["##", "##"])
print(step(block, 6, 6) == block)
cells = parse(["..##......", ".##.......", "..#.......", "", "", "......#...", ".....###.."])
history = []
for g in range(30):
    history.append(len(cells))
    cells = step(cells, H, W)
print(history)
print(show(cells, H, W))
