# syntax error: unmatched closing parenthesis
print("this must never be printed")
x = (1 + 2))
