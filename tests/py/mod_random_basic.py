# random.seed(n) then random(), randint, randrange, getrandbits sequences: must match CPython's MT19937
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)], [random.randrange(50, 0, -5) for _ in range(8)])
print([random.getrandbits(k) for k in (1, 8, 16, 31, 32, 33, 64, 100)])
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print(random.random(), random.randint(-1000, 1000), random.randint(0, 0), random.randint(10 ** 20, 10 ** 20 + 10))
print(random.randrange(2 ** 70), random.randrange(-50, -10), random.randrange(1, 2), random.getrandbits(0))
print(random.uniform(0, 1), random.uniform(10, 20), random.uniform(5, -5), random.uniform(2.5, 2.5))
random.seed(2 ** 100 + 7)
print([random.randint(0, 99) for _ in range(10)])
random.seed(-7)
neg = [random.random() for _ in range(3)]
random.seed(7)
pos = [random.random() for _ in range(3)]
print(neg == pos, neg)
random.seed(True)
print(random.random(), random.randint(1, 100))
random.seed(1)
print(random.random())
random.seed(0)
print([random.randint(0, 2 ** 40) for _ in range(3)], [random.randint(-(2 ** 64), 2 ** 64) for _ in range(2)])
