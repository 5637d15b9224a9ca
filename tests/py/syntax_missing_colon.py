# syntax error: missing colon after if condition ("expected ':'")
print("this must never be printed")
x = 1
if x == 1
    print("one")
