# syntax error: non-default parameter follows default parameter
print("this must never be printed")
def f(a=1, b):
    return a + b
