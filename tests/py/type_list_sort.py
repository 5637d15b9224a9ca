# list.sort and sorted: key, reverse, stability, mixed numerics, errors
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
print(sorted([3, 1.5, -2, 2 ** 70, True, 0.0]), sorted([[2, 1], [1, 2], [1], []]))
print(sorted([(1, 2), (1,), (0, 9, 9)]), sorted("zyxwa"), sorted([-0.0, 0, 0.0, -1]))
print(a.sort(), sorted([]), sorted([1]), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(5, 0, -1)))
nums = [15, 3, 27, 8, 42, 1]
print(sorted(nums, key=lambda n: n % 10), sorted(nums, key=lambda n: -n), sorted(nums, key=str))
print(max(nums), min(nums), sorted(nums)[len(nums) // 2])
big = list(range(100, 0, -7))
big.sort(key=lambda n: (n % 3, n))
print(big)
for f in (lambda: sorted([1, "a"]), lambda: sorted([None, 1]), lambda: [3, 2, "x"].sort(),
          lambda: sorted([[1], (1,)]), lambda: sorted([1, 2], key=5), lambda: sorted([1], reverse="x"),
          lambda: [1, 2].sort(lambda x: x), lambda: sorted(5), lambda: sorted([{1}, {2}, {1, 2}, 1])):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([{1, 2}, {1}, {3}]), sorted([{3}, {1}, {2}]))
lst = [3, 1, 2]
s = sorted(lst)
print(s is lst, lst, s)
cnt = 0
def key(v):
    global cnt
    cnt += 1
    return -v
print(sorted([4, 1, 3, 2], key=key), cnt)
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda t: t[1], reverse=True)
print(stable)
print(sorted([True, False, True, 0, 1]), sorted("Hello World", key=str.lower))
