# syntax error: positional argument follows keyword argument
print("this must never be printed")
def f(a, b):
    return a + b
print(f(a=1, 2))
