# syntax error: malformed parameter list "def f(:"
print("this must never be printed")
def f(:
    pass
