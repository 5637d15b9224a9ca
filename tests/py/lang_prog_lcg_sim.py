# program: deterministic simulation driven by a hand-written linear congruential generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
    def random(self):
        return self.next() / 2 ** 31
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]
    def shuffle(self, lst):
        for i in range(len(lst) - 1, 0, -1):
            j = self.randint(0, i)
            lst[i], lst[j] = lst[j], lst[i]
rng = LCG(2024)
print([rng.next() for _ in range(5)])
print([rng.randint(1, 6) for _ in range(20)])
print([round(rng.random(), 6) for _ in range(4)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:13])
rolls = {}
for _ in range(6000):
    total = rng.randint(1, 6) + rng.randint(1, 6)
    rolls[total] = rolls.get(total, 0) + 1
print(sorted(rolls.items()))
print(max(rolls, key=rolls.get))
walkers = [0] * 5
for step in range(200):
    for i in range(len(walkers)):
        walkers[i] += rng.choice((-1, 1))
print(walkers, sum(walkers))
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
population = {"rabbits": 100, "foxes": 10}
for year in range(1, 9):
    r, f = population["rabbits"], population["foxes"]
    born = r * rng.randint(20, 40) // 100
    eaten = min(r, f * rng.randint(2, 5))
    starve = f * rng.randint(5, 30) // 100
    population["rabbits"] = r + born - eaten
    population["foxes"] = max(1, f + eaten // 8 - starve)
    print(year, population)
