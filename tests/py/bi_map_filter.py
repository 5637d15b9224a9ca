# map (one and many iterables) and filter (predicate and None): laziness, results, errors
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x: x * 2, range(4))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(int, "1 2 3".split())), list(map(str.upper, "abc")))
print(list(map(lambda x: x, [])), list(map(abs, (-1, -2.5))), tuple(map(bool, [0, 1, ""])), set(map(abs, [-1, 1])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, "a1b22c")), list(filter(lambda s: s, ["", "x"])), list(filter(None, ())))
print("".join(filter(str.isalpha, "h3e1l2lo")), sum(filter(lambda n: n % 2, range(10))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m), type(m).__name__)
f = filter(None, [0, 5, 0, 6])
print(next(f), next(f), next(f, "end"), type(f).__name__)
seen = []
def spy(x):
    seen.append(x)
    return x * x
lazy = map(spy, range(5))
print(seen)
print(next(lazy), next(lazy), seen)
for args in [(None, [1]), (len,), (5, [1]), (str, 5)]:
    try:
        print(list(map(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(None,), (5, [1]), (None, 5), (len, [1], [2])]:
    try:
        print(list(filter(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(list(map(int, ["1", "x"])))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(list(map(lambda a, b: a, [1], [2], [3])))
except TypeError as e:
    print(type(e).__name__, e)
words = ["apple", "Banana", "cherry", "date"]
print(list(map(lambda w: (w[0].upper(), len(w)), filter(lambda w: len(w) > 4, words))))
print(dict(map(lambda w: (w, w[::-1]), words[:2])), list(map(list, zip("ab", "cd"))))
print(list(map(sorted, ["cba", "fed"])), list(filter(lambda t: t[1] > 1, enumerate([3, 1, 2]))))
