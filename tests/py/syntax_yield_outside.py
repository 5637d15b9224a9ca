# syntax error: 'yield' outside function
print("this must never be printed")
x = 1
yield x
