# program: sudoku solver with constraint sets and backtracking on an easy 9x9 puzzle
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.split("\n") if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]
def show(b):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = []
        for c in range(9):
            if c and c % 3 == 0:
                parts.append("|")
            parts.append(str(b[r][c]) if b[r][c] else ".")
        lines.append(" ".join(parts))
    return "\n".join(lines)
def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(b):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cand = candidates(b, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        steps += 1
        b[r][c] = d
        if solve(b):
            return True
    b[r][c] = 0
    return False
board = parse(PUZZLE)
print(show(board))
print("empty cells:", sum(row.count(0) for row in board))
print("solved:", solve(board), "steps:", steps)
print(show(board))
ok = all(sorted(row) == list(range(1, 10)) for row in board)
ok = ok and all(sorted(board[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
ok = ok and all(sorted(board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) == list(range(1, 10))
                for br in (0, 3, 6) for bc in (0, 3, 6))
print("valid:", ok)
print(candidates(parse(PUZZLE), 0, 2), candidates(parse(PUZZLE), 4, 4))
