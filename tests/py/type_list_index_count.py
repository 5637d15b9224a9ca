# list.index (with start/stop) and list.count, membership with mixed types
a = [10, 20, 30, 20, 10, 20]
print(a.index(20), a.index(20, 2), a.index(20, 4), a.index(10, 1), a.index(30, 0, 3))
print(a.index(20, -3), a.index(10, -100), a.index(20, 2, -1), a.index(10))
print(a.count(20), a.count(10), a.count(99), [].count(1), [[1], [1]].count([1]))
print([1, 1.0, True].count(1), [0, False, 0.0, None].count(0), ["a", "A"].count("a"))
print([float("nan")].count(float("nan")), [None, None].index(None))
nan = float("nan")
print([nan].count(nan), [nan].index(nan))
for args in [(99,), (20, 4, 5), (10, 1, 4), (30, 3), (20, 10), (20, 2 ** 70)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(), (1, "a"), (1, 2, 3, 4)]:
    try:
        print(a.index(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(a.count())
except TypeError as e:
    print(type(e).__name__, e)
words = "the cat and the hat and the bat".split()
print({w: words.count(w) for w in words})
print([i for i, w in enumerate(words) if w == "the"])
positions = []
start = 0
while True:
    try:
        start = words.index("and", start)
    except ValueError:
        break
    positions.append(start)
    start += 1
print(positions)
print((1, 2, 1).index(1, 1), (1, 2, 1).count(1), "abcb".index("b", 2))
print([[1, 2], (1, 2)].index((1, 2)), [1, 2] in [(1, 2)], (1, 2) in [[1, 2]])
