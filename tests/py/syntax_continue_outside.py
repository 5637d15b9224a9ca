# syntax error: 'continue' not properly in loop
print("this must never be printed")
def f():
    continue
f()
