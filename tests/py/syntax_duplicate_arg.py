# syntax error: duplicate parameter name in a function definition
print("this must never be printed")
def f(a, b, a):
    return a
