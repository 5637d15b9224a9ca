# printing order of int sets follows CPython's hash table layout (small ints, collisions, negatives)
print({3, 1, 2}, {8, 16, 1, 100, 33}, {-1, -2, 0, 1, 2}, {5, -5, 10, -10})
print({100, 200, 300, 1, 2, 3}, {7, 15, 23, 31}, {0, 8, 16, 24, 32, 40}, {1000, 2000, 3000, 4000, 5000})
print(set(range(10, 0, -1)), set(range(-5, 6)), {2 ** 40, 2 ** 41, 1, 3}, {-(2 ** 70), 2 ** 70, 0})
print({31, 63, 95, 127}, {9, 17, 25, 33, 41, 49, 57}, {1.5, 2.5, 0.5}, {0.1, 0.2, 0.3})
s = set()
for i in [50, 40, 30, 20, 10, 0, -10, -20]:
    s.add(i)
print(s)
s.discard(30)
s.add(33)
print(s)
t = set()
for i in range(20):
    t.add(i * 37 % 101)
print(t)
u = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
for i in range(1, 21, 2):
    u.remove(i)
u.update([99, 64, 32, 128])
print(u)
print({(1, 2), (2, 1), (0, 0)}, {True, 2, 3.0}, {-1, -2, -3})
print(frozenset({8, 16, 1, 100, 33}), frozenset(range(5, -5, -1)))
print({1, 2, 3} | {64, 32}, {1, 9, 17} & {17, 9, 25}, {8, 16, 24} - {16}, {1, 9} ^ {9, 17})
print(list({40, 8, 32, 16, 24}), sorted({40, 8, 32, 16, 24}), [x for x in {13, 5, 21}])
big = set(range(0, 200, 7))
print(big)
big -= set(range(0, 200, 3))
print(big)
print(set([5, 4, 3, 2, 1, 5, 4]), {i * i for i in range(-4, 5)}, {i % 5 for i in range(100)})
p = {8, 16, 1, 100, 33}
print(p.pop(), p.pop(), p)
e = {2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, -(2 ** 63)}
print(e)
