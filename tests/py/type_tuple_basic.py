# tuple basics: construction, single-element repr, index/count, slicing, immutability errors
t = (1, 2, 3, 2, 1)
print(t, (), (1,), (1, 2), tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(1, (1), (1,), ((1,),), ((),), (None,), ("a",), ([],))
print(len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[5:], t[:100], t.index(2), t.index(1, 1), t.count(2))
print(t.count(5), t.index(3, 0, 3), (1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * 0)
x = 1, 2
y = 3,
print(x, y, type(y).__name__, x + y)
a, b = b, a = 1, 2
print(a, b)
t2 = t
t2 += (9,)
print(t, t2, t is t2)
for f in (lambda: t.index(7), lambda: t.index(1, 1, 3), lambda: t[5], lambda: t[-6], lambda: t["0"],
          lambda: t + [1], lambda: t * 1.0, lambda: tuple(5), lambda: t.append(1),
          lambda: (1, 2) < (1, "a"), lambda: tuple(1, 2), lambda: t.count()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
m = ([1, 2], 3)
m[0].append(9)
print(m)
try:
    m[0] += [10]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
print(tuple(t) is t, t[:] is t, tuple(list(t)) == t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[0] + nested[1])
print(tuple(i * i for i in range(5)), tuple(zip("ab", (1, 2))), tuple(reversed(t)))
print(3 in t, 7 in t, (1, 2) in nested, [1, 2] == (1, 2), list((1, 2)) == [1, 2])
