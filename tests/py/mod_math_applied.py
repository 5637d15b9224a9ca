# applied math-module computations: statistics, geometry, number theory, numeric methods
import math
data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 4.0]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, var, math.sqrt(var), math.prod(data) ** (1 / len(data)))
def newton_sqrt(a):
    x = a
    for _ in range(60):
        x = 0.5 * (x + a / x)
    return x
print([newton_sqrt(a) for a in (2, 10, 144)], [math.sqrt(a) for a in (2, 10, 144)])
def bisect(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return lo
print(bisect(lambda x: x ** 3 - 2, 0, 2), 2 ** (1 / 3), bisect(math.cos, 0, 3), math.pi / 2)
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return s * h / 3
print(simpson(math.sin, 0, math.pi), simpson(lambda x: x * x, 0, 3), simpson(math.exp, 0, 1), math.e - 1)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)], is_prime(2 ** 31 - 1), is_prime(10 ** 9 + 9))
print([math.gcd(a, b) for a, b in ((48, 180), (17, 5), (0, 9), (2 ** 40, 2 ** 35 * 3))], math.lcm(*range(1, 21)))
tri = (3.0, 4.0, 5.0)
s = sum(tri) / 2
area = math.sqrt(s * (s - tri[0]) * (s - tri[1]) * (s - tri[2]))
angles = [math.degrees(math.acos((tri[(i + 1) % 3] ** 2 + tri[(i + 2) % 3] ** 2 - tri[i] ** 2) / (2 * tri[(i + 1) % 3] * tri[(i + 2) % 3]))) for i in range(3)]
print(area, angles, math.fsum(angles))
pts = [(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([(round(x, 6), round(y, 6)) for x, y in pts])
print(math.fsum(math.dist(pts[i], pts[(i + 1) % 6]) for i in range(6)))
print(math.log(math.factorial(20)), math.lgamma(21), math.gamma(5), math.gamma(0.5) ** 2, math.erf(1), math.erfc(1))
compound = [round(1000 * math.pow(1 + 0.05 / 12, 12 * y), 2) for y in (1, 5, 10)]
print(compound, round(1000 * math.exp(0.05 * 10), 2))
