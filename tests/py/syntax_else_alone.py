# syntax error: 'else' with no matching if/for/while/try
print("this must never be printed")
x = 1
else:
    x = 2
