# syntax error: nonlocal declaration at module level
print("this must never be printed")
nonlocal x
x = 1
