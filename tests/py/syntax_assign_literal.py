# syntax error: assignment to a literal inside an if condition
print("this must never be printed")
x = 5
if 5 = x:
    print("eq")
