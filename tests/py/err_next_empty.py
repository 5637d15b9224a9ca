# uncaught StopIteration from next() on an exhausted iterator (last stderr line is just the type)
it = iter([10, 20])
print(next(it), next(it))
print(next(it, "default used"))
gen = (x * x for x in range(3))
print(list(gen), next(gen, None))
try:
    next(iter(()))
except StopIteration as e:
    print("caught StopIteration", repr(e), e.args)
def first(iterable):
    for x in iterable:
        return x
    return "empty"
print(first([]), first("xyz"))
r = iter(range(2))
print(next(r), next(r))
words = iter("ab")
collected = []
for w in words:
    collected.append(w)
print(collected)
print("calling next on an empty list iterator")
next(iter([]))
print("unreachable")
