# program: n-queens solver (backtracking), counting solutions and printing the first board
def solve(n):
    solutions = []
    cols = [0] * n
    used_c, used_d1, used_d2 = set(), set(), set()
    def place(r):
        if r == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_c or (r - c) in used_d1 or (r + c) in used_d2:
                continue
            cols[r] = c
            used_c.add(c); used_d1.add(r - c); used_d2.add(r + c)
            place(r + 1)
            used_c.discard(c); used_d1.discard(r - c); used_d2.discard(r + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
six = solve(6)
print(six)
for row in six[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
def valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i
               for i in range(n) for j in range(i + 1, n))
print(all(valid(s) for s in solve(7)), valid([0, 1, 2, 3]))
def mirror(sol):
    return [len(sol) - 1 - c for c in sol]
sols = solve(6)
print(all(mirror(s) in sols for s in sols))
def bitmask_count(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    total = 0
    avail = ~(cols | d1 | d2) & ((1 << n) - 1)
    while avail:
        bit = avail & -avail
        avail ^= bit
        total += bitmask_count(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    return total
print([bitmask_count(n) for n in range(1, 10)])
