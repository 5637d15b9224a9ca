# The other int operators at hot (specialized) sites: bitwise ops, shifts,
# floor division and modulo with every sign combination, and the cases the
# inline path leaves to the general one (zero divisors, negative and large
# shifts, results that outgrow 64 bits).
def ops(pairs):
    out = []
    for a, b in pairs:
        row = [a & b, a | b, a ^ b]
        small = b if -2 <= b <= 70 else b % 67   # left shifts by 2**62 do not fit in memory
        for fn in (lambda: a >> b, lambda: a << small, lambda: a // b, lambda: a % b):
            try:
                row.append(fn())
            except (ValueError, ZeroDivisionError) as e:
                row.append(type(e).__name__)
        out.append(row)
    return out

vals = [0, 1, -1, 7, -7, 63, 64, -64, 2 ** 62, -(2 ** 63), 2 ** 63 - 1]
pairs = [(a, b) for a in vals for b in vals]
for _ in range(3):
    res = ops(pairs)
print(len(res))
for row in res:
    print(row)

def hot(n):
    acc = 0
    for i in range(-n, n):
        acc += (i & 0xff) + (i | 3) + (i ^ i >> 1) + i // 7 + i % 7 + (i >> 2) - i // -3 - i % -5
    return acc

print(hot(3000))
