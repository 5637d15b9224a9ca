"""N-queens: enumerate every placement of n non-attacking queens on an
n x n board with a recursive backtracking generator (yield from), tracking
occupied columns and diagonals in sets.  The checksum counts the solutions
and folds each solution's column tuple into a hash-like number."""

import sys

N = 11


def solutions(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from solutions(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def solve(n):
    count = 0
    fold = 0
    for sol in solutions(n, 0, set(), set(), set(), []):
        count += 1
        v = 0
        for c in sol:
            v = v * n + c
        fold = (fold * 31 + v) % 1000000007
    return count, fold


def main(n):
    print("nqueens n=%d" % n)
    # every board size from 4 up to n, each solved once
    for size in range(4, n + 1):
        result = solve(size)
        print("n=%d solutions=%d fold=%d" % (size, result[0], result[1]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else N)
