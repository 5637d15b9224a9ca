# syntax error: "x = = 1" is invalid syntax
print("this must never be printed")
x = = 1
