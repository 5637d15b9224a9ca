# syntax error: f-string with an empty expression
print("this must never be printed")
x = 1
s = f"value: {}"
