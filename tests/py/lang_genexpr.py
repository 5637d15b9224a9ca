# generator expressions: laziness, single use, as function arguments
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min(-x for x in [1, 5]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]))
print(sorted((v % 4 for v in range(10)), reverse=True))
print(", ".join(str(n) for n in range(4)))
print(list(zip((c for c in "abc"), (n for n in range(10)))))
evaluated = []
def track(v):
    evaluated.append(v)
    return v
g = (track(v) for v in range(5))
print(evaluated)
print(next(g), evaluated)
print(list(g), evaluated)
def first_match(items, pred):
    return next((i for i in items if pred(i)), "none")
print(first_match([1, 4, 9, 16], lambda v: v > 5), first_match([], bool))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(1 for v in data if v > 2), tuple(v for v in data if v % 2 == 0))
print(dict((k, len(k)) for k in ["one", "three"]), set(c for c in "aabb") == {"a", "b"})
base = 10
gen = (base + i for i in range(3))
base = 20
print(list(gen))
src = [1, 2, 3]
gen = (v * 2 for v in src)
src = [100]
print(list(gen))
gen = (x for x in range(3))
print(list(zip(gen, gen)))
total = 0
for v in (n ** 2 for n in range(1, 6)):
    total += v
print(total)
print(list(x for x in range(20) if x % 2 if x % 3))
