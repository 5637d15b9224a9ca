# syntax error: Python 2 style print statement
print("this must never be printed")
print "hello"
