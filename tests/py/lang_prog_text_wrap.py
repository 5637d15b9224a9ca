# program: greedy text wrapping, full justification, centering and a simple table formatter
TEXT = ("Krait is a small virtual machine for a dialect of Python. It aims to print exactly what "
        "CPython prints, byte for byte, for every program in its test suite, including error messages.")
def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]
for width in (30, 45):
    print("=" * width)
    lines = wrap(TEXT, width)
    for i, ws in enumerate(lines):
        text = " ".join(ws) if i == len(lines) - 1 else justify(ws, width)
        print(text + "|")
    print("=" * width)
for ws in wrap(TEXT, 40)[:3]:
    print("[" + " ".join(ws).center(40) + "]")
    print("[" + " ".join(ws).rjust(40) + "]")
def table(rows, header):
    cols = list(zip(header, *rows))
    widths = [max(len(str(v)) for v in col) for col in cols]
    def fmt(row):
        cells = []
        for v, w in zip(row, widths):
            cells.append(str(v).rjust(w) if isinstance(v, (int, float)) else str(v).ljust(w))
        return "| " + " | ".join(cells) + " |"
    sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    print(sep)
    print(fmt(header))
    print(sep)
    for r in rows:
        print(fmt(r))
    print(sep)
table([("python", 1991, 3.11), ("krait", 2024, 0.1), ("c", 1972, 17)], ("language", "year", "version"))
print(wrap("short", 10), wrap("", 10), wrap("averyveryverylongword fits", 5))
