# iter() and next(): iterators over builtins, exhaustion, default values, iter(callable, sentinel)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("ab")
print(next(s), next(s), next(s, ""), iter(s) is s)
d = iter({"x": 1, "y": 2})
print(next(d), next(d), list(d))
r = iter(range(3))
print(list(r), list(r), next(r, "exhausted"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
vals = iter([3, 1, 4, 0, 5, 9])
print(list(iter(lambda: next(vals), 0)), list(vals))
lines = ["a", "b", "", "c"]
print(list(iter(lambda: lines.pop(0), "")), lines)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), next(Countdown(2)), next(iter(Countdown(0)), "empty"), sum(Countdown(10)))
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 11
print(list(iter(OldSeq())), 22 in OldSeq(), next(iter(OldSeq())))
for f in (lambda: iter(5), lambda: iter(None), lambda: next([1]), lambda: next("abc"), lambda: iter(5, 1),
          lambda: iter(), lambda: next(), lambda: next(iter([]), 1, 2), lambda: iter(lambda: 1, 2, 3)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
g = (x * 2 for x in range(3))
print(next(g), next(g), next(g), next(g, "gen done"))
def gen():
    yield 1
    return "retval"
gi = gen()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print(type(e).__name__, e, e.value)
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)), list(zip(*[iter("abcdef")] * 3)))
e = enumerate(iter("xy"))
print(next(e), next(iter(e)), next(e, "end"))
