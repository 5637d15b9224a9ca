# syntax error: starred assignment target must be in a list or tuple
print("this must never be printed")
*a = [1, 2, 3]
