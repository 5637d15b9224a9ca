# syntax error: keyword argument repeated in a call
print("this must never be printed")
def f(**kw):
    return kw
f(a=1, a=2)
