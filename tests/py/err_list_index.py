# uncaught ValueError from list.index of a missing element
items = [1, 2, 3, 2, 1]
print(items.index(2), items.index(2, 2), items.index(1, 1), items.count(2))
try:
    items.index(2, 4)
except ValueError as e:
    print("caught:", e)
try:
    ["a"].index("b")
except ValueError as e:
    print("caught:", e)
def position(lst, v):
    return lst.index(v) if v in lst else -1
print(position(items, 3), position(items, 9))
names = ["ann", "bob"]
print(names.index("bob"), (1, 2, 3).index(3), "abc".index("c"))
print([items.index(v) for v in sorted(set(items))])
seen = []
for v in items:
    if v not in seen:
        seen.append(v)
print(seen)
print(items[items.index(3):])
print("looking for 3 in [1, 2]")
print([1, 2].index(3))
print("unreachable")
