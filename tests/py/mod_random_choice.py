# random.choice, shuffle, sample, choices (weights, cum_weights, k) with fixed seeds
import random
random.seed(7)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(8)], random.choice("abcdef"), random.choice(range(100, 200)), random.choice((1,)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list("abcdefgh")
random.shuffle(letters)
print("".join(letters))
print(random.sample(range(100), 5), random.sample(colors, 3), random.sample("xyz", 3), random.sample(range(10), 0))
print(random.sample(range(10 ** 9), 4), random.sample(colors, k=2), sorted(random.sample(range(20), 20)) == list(range(20)))
print(random.sample(colors, 2, counts=[1, 1, 1, 1, 10]))
print(random.choices(colors, k=6))
print(random.choices(colors, weights=[10, 1, 1, 1, 1], k=8))
print(random.choices(colors, cum_weights=[1, 2, 3, 4, 100], k=5))
print(random.choices(range(3), weights=[0, 0, 1], k=4), random.choices("ab"), random.choices([1, 2], [0.5, 0.5], k=3))
random.seed(99)
hand = random.sample([(r, s) for r in "A23456789TJQK" for s in "SHDC"], 5)
print(hand)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print(sum(rolls), max(rolls), min(rolls), sorted(set(rolls)), rolls.count(7))
counts = {}
for _ in range(500):
    c = random.choice("aabbbc")
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
random.seed(3)
grid = [[random.choice(".#") for _ in range(12)] for _ in range(4)]
print("\n".join("".join(r) for r in grid))
