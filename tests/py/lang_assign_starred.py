# starred assignment: a, *b, c = ... in all positions, nested, with strings/ranges
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
head, *tail = range(5)
print(head, tail, type(tail).__name__)
*everything, = (1, 2, 3)
print(everything)
a, b, *c = 1, 2
print(a, b, c)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
*a, (b, c) = [1, 2, (3, 4)]
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c, d = "abc"
except ValueError as e:
    print("ok", a, b, c, d) if False else print("unexpected")
else:
    print(a, b, c, d)
try:
    a, b, *c, d = "ab"
except ValueError as e:
    print(type(e).__name__, e)
first, *_, last = range(100)
print(first, last)
d = {"x": 1, "y": 2, "z": 3}
k, *others = d
print(k, others)
line = "name=value=more"
key, *vals = line.split("=")
print(key, vals)
nums = [10, 20, 30, 40, 50]
a, *b, c = nums
b.append("new")
print(nums, b)
print([*range(3), *"xy"], (*"ab", 1))
def gen():
    yield from range(4)
p, *q = gen()
print(p, q)
