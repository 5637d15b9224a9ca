# syntax error: assignment to a function call
print("this must never be printed")
def f():
    return 1
f() = 3
