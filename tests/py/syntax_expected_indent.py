# syntax error: missing indented block after an if statement
print("this must never be printed")
if True:
print("not indented")
