# program: roman numerals both ways, plus dynamic programming (LCS, knapsack, edit distance, coin change)
VALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = ""
    for v, s in VALS:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
try:
    to_roman(0)
except ValueError as e:
    print(type(e).__name__, e)
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"), edit("same", "same"))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        for c in coins:
            if c <= t and best[t - c] + 1 < best[t]:
                best[t] = best[t - c] + 1
    return best[total] if best[total] != INF else -1
print(coin_ways([1, 2, 5], 5), coin_ways([1, 5, 10, 25, 50], 100), min_coins([1, 5, 6, 9], 11), min_coins([2], 3))
