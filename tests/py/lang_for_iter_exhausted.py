# A list iterator exhausted by a hot `for` loop stays exhausted: appending to
# the list afterwards does not revive it (the iterator let go of the list).
def drain(it):
    n = 0
    for x in it:
        n += x
    return n

for round in range(40):
    items = [1, 2, 3]
    it = iter(items)
    total = drain(it)
    items.append(4)
    rest = list(it)
    if round % 13 == 0:
        print(round, total, rest, next(it, "done"))

t = (5, 6)
it = iter(t)
print(drain(it), list(it), type(it).__name__)
it = iter([7])
print(drain(it), repr(next(it, None)), type(it).__name__)
