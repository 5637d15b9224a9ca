# comprehension scoping: loop variables do not leak; closures inside comprehensions
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
y = 100
print([y + i for i in range(3)], y)
i = "i before"
s = {i for i in "ab"}
d = {i: i for i in range(2)}
g = list(i for i in range(4))
print(sorted(s), d, g, i)
def in_function():
    n = 10
    return [n * k for k in range(3)]
print(in_function())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
funcs = [(lambda j=j: j) for j in range(3)]
print([f() for f in funcs])
class C:
    factor = 3
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)
def outer():
    total = 5
    return [total + v for v in range(3)]
print(outer())
first = [row for row in [[1, 2], [3, 4]]]
print([cell for row in first for cell in row])
print([[c for c in row] for row in ["ab", "cd"]])
n = 3
print([n for n in range(n)], n)
print([v for v in [v * 2 for v in range(3)]])
