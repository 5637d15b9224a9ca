# misc syntax: pass, semicolons, one-line suites, line continuation, docstrings, unicode identifiers
"""Module docstring for lang_misc_syntax."""
print(__doc__)
def empty():
    pass
class Nothing:
    pass
print(empty(), Nothing.__name__)
a = 1; b = 2; c = a + b; print(a, b, c)
if c == 3: print("one-line if"); print("second statement on same line")
for i in range(3): print("loop", i)
while a < 4: a += 1
print(a)
def one_liner(x): return x * 2
print(one_liner(21))
class OneLine: attr = "inline class body"
print(OneLine.attr)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,
    3,  # trailing comma with comment
]
print(values)
result = (1
          + 2
          * 3)
print(result)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def documented():
    """Docstring of a function."""
    return documented.__doc__
print(documented())
class Doc:
    """Class docstring."""
    def m(self):
        """Method docstring."""
print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__)
π = 3.14159
café = "coffee"
変数 = "variable"
Σ = sum
print(π, café, 変数, Σ([1, 2, 3]))
def größe(länge, breite):
    return länge * breite
print(größe(3, 4), größe.__name__)
x = 5  # comment after code
# full-line comment
print(x)  # another comment
if True:
    pass  # nothing
else:
    pass
print(...)
print(type(...).__name__, ... is Ellipsis)
def stub():
    ...
print(stub())
t = 1,
print(t)
print((1), (1,), ())
n = 1_000_000 + 0x_FF + 0b_1010 + 0o_17
print(n)
x = y = z = 0
print(x, y, z)
print([1,2,3][1], (4,5)[0], "abc"[2])
