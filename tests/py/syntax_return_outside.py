# syntax error: 'return' outside function (compile-time, nothing runs)
print("this must never be printed")
x = 10
if x > 5:
    return x
