# generator pipelines and generators used inside comprehensions and builtins
def read_lines():
    data = "alpha 3\nbeta 10\n# comment\n\ngamma 7\ndelta x\nepsilon 1"
    for line in data.split("\n"):
        yield line
def non_blank(lines):
    for l in lines:
        if l.strip() and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, _, num = l.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("  skipping bad line:", repr(l))
records = list(parse(non_blank(read_lines())))
print(records)
print(sum(n for _, n in records), max(records, key=lambda r: r[1]))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
print([x for x in primes() if x > 50][:0] if False else [v for _, v in zip(range(5), primes())])
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), [sum(c) for c in chunks(list(range(10)), 4)])
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
counts = {}
for word in (w.lower() for w in "The the a A the".split()):
    counts[word] = counts.get(word, 0) + 1
print(counts)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), max(range(1, 30), key=lambda k: sum(1 for _ in collatz(k))))
print(dict(zip("abc", (i * i for i in range(3)))), sorted((x % 3, x) for x in range(6)))
print(list(enumerate(g for g in "xy")), any(g == "y" for g in "xyz"))
