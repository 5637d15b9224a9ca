# min/max: iterables, multiple args, key, default, ties (first wins), mixed numbers, errors
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 9, 2), min(3, 9, 2), max("hello"), min("hello"))
print(max([1.5, 2, True]), min([0, -0.0, False]), max([-1, -2 ** 70]), min(2 ** 70, 1e30), max((1, 2), (1, 3)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max("a", "B", key=str.lower))
print(max([(1, "b"), (2, "a")], key=lambda p: p[1]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([], default=None), min([], default="empty"), max([5], default=0), min((), key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda v: v // 2), min([4, 2, 3, 5], key=lambda v: v % 2))
pairs = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda v: (v % 3, v)), min(iter([7, 3, 9])), max({1: "a", 5: "b"}), max({3, 8, 1}))
print(max("b", "a", "c"), min([[1, 2], [1], [0, 9]]), max(True, 1), max(1, True), min(1.0, 1), min(1, 1.0))
nan = float("nan")
print(max(nan, 1), max(1, nan), min([nan, 0, -1]), min([0, nan, -1]))
for f in (lambda: max([]), lambda: min([]), lambda: max(), lambda: min(()), lambda: max(1),
          lambda: max(1, "a"), lambda: min([None, 1]), lambda: max([1, 2], default=0, key=None, x=1),
          lambda: max(1, 2, default=0), lambda: min([1], key=5), lambda: max(iter([])),
          lambda: max([], key=len), lambda: min("")):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
calls = []
def k(v):
    calls.append(v)
    return -v
print(max([3, 1, 2], key=k), calls)
print(max(x * x for x in range(-5, 3)), min((len(w), w) for w in "the quick brown fox".split()))
print(max(map(abs, [-7, 3, 5])), min(zip("bca", [2, 1, 3])), max(enumerate("zebra"), key=lambda t: t[1]))
print(max(0, min(10, 15)), max(0, min(10, -3)), min(max(2, 5), 4))
