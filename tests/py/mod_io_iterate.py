# iterating over io.StringIO lines, reading in chunks, and simple line-based parsing
import io
text = "name,age\nann,31\nbob,27\n\ncarol,45\n"
f = io.StringIO(text)
for line in f:
    print(repr(line))
f.seek(0)
header = f.readline().strip().split(",")
rows = [dict(zip(header, ln.strip().split(","))) for ln in f if ln.strip()]
print(header, rows)
print(sum(int(r["age"]) for r in rows), max(rows, key=lambda r: int(r["age"]))["name"])
g = io.StringIO("abcdefghij")
chunks = []
while True:
    c = g.read(3)
    if not c:
        break
    chunks.append(c)
print(chunks)
h = io.StringIO("no trailing newline\nsecond")
print(list(h), list(h))
h.seek(0)
print([ln.rstrip("\n") for ln in h], next(iter(io.StringIO("only\nfirst")), None))
empty = io.StringIO("")
print(list(empty), empty.read(), empty.readline(), empty.readlines())
it = io.StringIO("1\n2\n3\n")
print(next(it), end="")
print(sum(int(x) for x in it))
print(iter(it) is it, next(it, "exhausted"))
cr = io.StringIO("a\r\nb\rc\n")
print([repr(l) for l in cr])
log = io.StringIO()
for lvl, msg in [("INFO", "start"), ("WARN", "low disk"), ("INFO", "done")]:
    log.write(f"[{lvl}] {msg}\n")
log.seek(0)
print([l for l in log if l.startswith("[WARN]")])
print(len(log.getvalue().splitlines()), log.getvalue().count("INFO"))
