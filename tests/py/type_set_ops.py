# set operators: | & - ^ and their in-place forms, comparisons, with frozensets and errors
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set())
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a == {4, 3, 2, 1}, a != b, set() < a)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, {1, 2} == {1, 3})
fa = frozenset(a)
print(fa | b, b | fa, fa & b, fa - {1}, fa ^ {1, 9}, fa == a, a == fa, fa <= a, type(fa | b).__name__, type(b | fa).__name__)
s = {1, 2}
t = s
s |= {3}
print(s, t, s is t)
s &= {2, 3, 4}
print(s)
s -= {2}
print(s)
s ^= {3, 5, 6}
print(s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
for op in (lambda: a | [1], lambda: a & (1,), lambda: a - "a", lambda: a ^ None, lambda: a + b,
           lambda: a * 2, lambda: a < [1], lambda: {1} <= 5, lambda: -a, lambda: a[0]):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s |= [7]
except TypeError as e:
    print(type(e).__name__, e)
print(set("abc") == set("cba"), sorted(set("abc") | set("cd")), sorted(set("abc") - set("b")))
print(1 in {1.0}, 1.0 in {True}, (1, 2) in {(1, 2)}, [1] in [[1]])
try:
    print([1] in {1})
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset() in {frozenset()}, {1, 2} in [{2, 1}], frozenset({1}) == {1})
sets = [{1, 2}, {2, 3}, {3, 4}]
u = set()
i = set(range(10))
for x in sets:
    u |= x
    i &= x
print(u, i, set.union(*sets), set.intersection(*sets[:2]))
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}], key=len), len({1, 2} ^ {2, 3} ^ {3, 1}))
