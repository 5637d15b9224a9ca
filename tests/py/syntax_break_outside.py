# syntax error: 'break' outside loop
print("this must never be printed")
x = 3
if x:
    break
