# lists as stacks and queues; balanced brackets, RPN evaluation, BFS on a grid
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append(a + b if tok == "+" else a - b if tok == "-" else a * b if tok == "*" else a / b)
        else:
            st.append(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"), rpn("10 4 /"))
try:
    rpn("1 +")
except IndexError as e:
    print(type(e).__name__, e)
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
H, W = len(grid), len(grid[0])
dist = [[-1] * W for _ in range(H)]
q = [(0, 0)]
dist[0][0] = 0
head = 0
while head < len(q):
    r, c = q[head]
    head += 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and dist[nr][nc] < 0:
            dist[nr][nc] = dist[r][c] + 1
            q.append((nr, nc))
print(dist[H - 1][W - 1], len(q))
for row in dist:
    print(" ".join("%2d" % v for v in row))
stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1], stack.pop(), stack.pop(), stack)
queue = list("abcde")
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x == "b":
        queue.append("z")
print(order)
hist = []
undo = []
for cmd in ["type a", "type b", "undo", "type c", "undo", "undo", "type d"]:
    if cmd == "undo":
        if hist:
            undo.append(hist.pop())
    else:
        hist.append(cmd.split()[1])
print(hist, undo)
