# syntax error: iterable unpacking after keyword argument unpacking f(**a, *b)
print("this must never be printed")
a = {"x": 1}
b = [2]
f(**a, *b)
