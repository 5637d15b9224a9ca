# syntax error: dedent to a column that matches no outer indentation level
print("this must never be printed")
def f():
        x = 1
    return x
print(f())
