# random distributions: gauss (with cached pair), normalvariate, triangular, expovariate, uniform, with seeds
import random
random.seed(2024)
print([random.gauss(0, 1) for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)], random.gauss(), random.gauss(mu=5, sigma=0))
random.seed(2024)
g1 = random.gauss(0, 1)
random.seed(2024)
print(g1 == random.gauss(0, 1), random.random())
random.seed(8)
print([random.normalvariate(0, 1) for _ in range(4)])
print([random.triangular(0, 10) for _ in range(3)], random.triangular(0, 10, 10), random.triangular(5, 5))
print([random.expovariate(1.5) for _ in range(3)], [random.uniform(-1, 1) for _ in range(3)])
random.seed(555)
samples = [random.gauss(10, 2) for _ in range(2000)]
mean = sum(samples) / len(samples)
print(round(mean, 6), round(min(samples), 6), round(max(samples), 6))
random.seed(31337)
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
random.seed(10 ** 30)
print(random.random(), random.getrandbits(128), random.randrange(3, 10 ** 25, 2))
random.seed(4)
pi_hits = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(pi_hits, 4 * pi_hits / 5000)
