# float accumulation, conversions between float/int/str, and stepwise computations
x = 0.0
vals = []
for i in range(20):
    x += 0.05
    vals.append(x)
print(vals[-1], vals[9], vals[3])
print([i * 0.1 for i in range(11)])
print([i / 10 for i in range(11)])
print([1 / i for i in range(1, 11)])
print([2 ** -i for i in range(0, 12)])
print([10.0 ** i for i in range(-6, 18, 3)])
print([float(i) ** 0.5 for i in range(10)])
t = 1.0
for _ in range(60):
    t /= 3
print(t)
for _ in range(60):
    t *= 3
print(t)
h = 0.0
for i in range(1, 10001):
    h += 1.0 / i
print(h)
p = 1.0
for i in range(1, 171):
    p *= i
print(p)
print(p * 171)
e = 0.0
f = 1.0
for i in range(20):
    e += 1.0 / f
    f *= i + 1
print(e)
pi4 = 0.0
for k in range(100000):
    pi4 += (-1.0) ** k / (2 * k + 1)
print(pi4 * 4)
print(str(0.1 * 3), str(1.1 + 2.2), str(3.3 * 3), str(100.0 / 7))
print(float(str(1 / 7)) == 1 / 7, repr(1 / 7), len(repr(1 / 7)))
a = 1e16
print(a + 1 - a, a + 2 - a, a - 1 + 1 == a)
c = 0.1
print(c * 3 == 0.3, c * 10 == 1.0, sum([c] * 3) == 0.3)
print(sum([0.1, 0.2, 0.3, 0.4]), sum(x / 7 for x in range(7)))
print(1.0 / 3.0 + 1.0 / 3.0 + 1.0 / 3.0, 3 * (1 / 3))
z = 12345.6789
print(z - int(z), z % 1, z // 1, int(z * 100) / 100)
print(float.__mul__(0.1, 3), 7.0 % 0.1, 7.0 // 0.1)
