# iteration protocols: __iter__/__next__, iterator vs iterable, __getitem__ fallback, reversed
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), sum(cd), max(cd))
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(50)
print(list(f), list(f))
it = iter(Fib(5))
print(next(it), next(it), next(it), list(it))
class Legacy:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return chr(ord("a") + i)
print(list(Legacy()), "c" in Legacy(), [x.upper() for x in Legacy()])
for i, ch in enumerate(Legacy()):
    if i == 1:
        print("second is", ch)
i1 = iter(Legacy())
print(next(i1), next(i1), type(i1).__name__)
class Rev:
    def __init__(self, d):
        self.d = d
    def __reversed__(self):
        return iter(self.d[::-1] + ["(custom reversed)"])
    def __iter__(self):
        return iter(self.d)
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(SeqRev())))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Pairs:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(zip(self.items[::2], self.items[1::2]))
print(dict(Pairs("a", 1, "b", 2)), list(Pairs(1, 2, 3, 4)))
a, b = Pairs(1, 2, 3, 4)
print(a, b)
print(sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3}, "-".join(map(str, Countdown(3))))
class Infinite:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for v in Infinite():
    if v > 4:
        break
print("stopped at", v)
print(list(zip(Infinite(), "xyz")))
