# list comprehensions: filters, nesting, conditional expressions, scoping, walrus, building matrices
print([x for x in range(10)], [x * x for x in range(6) if x % 2 == 0], [c for c in "hello" if c in "aeiou"])
print([(x, y) for x in range(3) for y in range(3) if x != y], [[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x if x % 3 else "fizz" for x in range(1, 10)], [len(w) for w in "a bb ccc".split()])
print([y for x in [[1, 2], [3], []] for y in x], [i for i in range(20) if i % 2 if i % 3], [None for _ in range(2)])
x = "outer"
res = [x for x in range(3)]
print(x, res)
print([w for n in range(3) if (w := n * 2) > 0], w)
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [matrix[i][2 - i] for i in range(3)])
print([[row[c] for row in matrix] for c in range(3)], [sum(r) for r in matrix], sum(v for r in matrix for v in r))
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4], [w[0] for w in sorted(words, key=str.lower)])
print({w: len(w) for w in words}, {len(w) for w in words} == {4, 5, 6}, [i for i, w in enumerate(words) if "a" in w])
nested = [[[i, j, k] for k in range(2)] for j in range(2) for i in range(2)]
print(nested)
print([str(n).zfill(3) for n in (5, 50, 500)], ["%s=%d" % (k, v) for k, v in {"a": 1, "b": 2}.items()])
gen = (n for n in range(5))
print([g for g in gen if g > 1], [g for g in gen])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
try:
    [1 / n for n in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
