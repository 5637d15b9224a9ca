# syntax error: missing comma between list elements
print("this must never be printed")
items = [1 2]
