# StopIteration: next(), default values, iterator protocol, generator return
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
print(next(it, "done"), next(it, None))

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(4)))
c = Count(1)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("custom iterator exhausted", repr(e))

def g():
    yield "a"
    return "result"
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value:", e.value)
try:
    next(gen)
except StopIteration as e:
    print("second time value:", e.value)

try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

def manual_for(iterable):
    out = []
    iterator = iter(iterable)
    while True:
        try:
            x = next(iterator)
        except StopIteration:
            break
        out.append(x * 2)
    return out
print(manual_for(range(5)))
print(manual_for("ab"))

e = StopIteration("v", "w")
print(e.value, e.args)
empty = iter(())
print(next(empty, "empty default"))
print(list(zip([1, 2, 3], iter([4, 5]))))
