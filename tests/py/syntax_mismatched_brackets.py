# syntax error: closing bracket does not match opening parenthesis
print("this must never be printed")
x = [1, 2, (3, 4]]
