# syntax error: assignment to the keyword None
print("this must never be printed")
None = 1
