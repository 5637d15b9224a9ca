# random.Random instances: independent streams, seeding, getstate/setstate, interplay with module functions
import random
r1 = random.Random(5)
r2 = random.Random(5)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r3 = random.Random(5)
print(r3.random(), r3.randint(1, 10), r3.choice("abcde"), r3.randrange(100), r3.getrandbits(20))
a = random.Random(1)
b = random.Random(2)
print([a.randint(0, 9) for _ in range(5)], [b.randint(0, 9) for _ in range(5)], [a.randint(0, 9) for _ in range(5)])
random.seed(5)
m = random.random()
print(m == random.Random(5).random(), m)
r = random.Random()
r.seed(10)
first = [r.random() for _ in range(3)]
r.seed(10)
print(first == [r.random() for _ in range(3)], first)
state = r.getstate()
after = [r.randint(1, 1000) for _ in range(5)]
r.setstate(state)
print(after == [r.randint(1, 1000) for _ in range(5)], after)
gstate = random.getstate()
x1 = random.random()
random.setstate(gstate)
print(x1 == random.random())
lst = list(range(8))
random.Random(3).shuffle(lst)
print(lst, random.Random(3).sample(range(8), 8) == lst)
rs = [random.Random(s) for s in range(4)]
print([round(g.random(), 6) for g in rs])
print(random.Random(2 ** 64).random(), random.Random(-(2 ** 64)).random(), random.Random(0).random(), random.Random(1).random())
print(type(r).__name__, isinstance(r, random.Random), random.Random(7).uniform(1, 2), random.Random(7).triangular(0, 10, 3))
class MyRandom(random.Random):
    def roll(self):
        return self.randint(1, 6)
mr = MyRandom(11)
print([mr.roll() for _ in range(10)])
try:
    random.Random(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
