# syntax error: unexpected indent at module level
print("this must never be printed")
a = 1
    b = 2
print(a + b)
