# uncaught IndexError from random.choice on an empty list
import random
random.seed(11)
pool = ["red", "green", "blue"]
for _ in range(4):
    print(random.choice(pool))
print(random.choice(range(10)), random.choice("xyz"))
try:
    random.choice("")
except IndexError as e:
    print("caught:", e)
picked = []
while pool:
    c = random.choice(pool)
    pool.remove(c)
    picked.append(c)
print("picked", picked, "pool now", pool)
print(random.sample(picked, 2))
print(random.randint(1, 3))
print(len(pool), pool == [])
print("choosing from the empty pool")
print(random.choice(pool))
print("unreachable")
