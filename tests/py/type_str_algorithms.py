# string-processing algorithms built from basic str operations
def is_pal(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab"]:
    print(repr(s), is_pal(s))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "dog"]))
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print("|" + line.ljust(16) + "|")
def camel_to_snake(s):
    return "".join("_" + c.lower() if c.isupper() else c for c in s).lstrip("_")
print(camel_to_snake("CamelCaseString"), camel_to_snake("getHTTPResponse"), camel_to_snake("x"))
def snake_to_camel(s):
    first, *rest = s.split("_")
    return first + "".join(p.title() for p in rest)
print(snake_to_camel("snake_case_here"), snake_to_camel("single"))
def count_chars(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
print(count_chars("mississippi river"))
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, sym in vals:
        while n >= v:
            out += sym
            n -= v
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
print(to_base(255, 16), to_base(-255, 2), to_base(2 ** 64, 36), int(to_base(2 ** 64, 36), 36) == 2 ** 64)
table = [["id", "name", "score"], ["1", "alice", "93.5"], ["22", "bob", "7"]]
widths = [max(len(r[i]) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(c.rjust(w) if c[0].isdigit() else c.ljust(w) for c, w in zip(r, widths)))
print("".join(sorted("the quick brown fox".replace(" ", ""), reverse=True)))
