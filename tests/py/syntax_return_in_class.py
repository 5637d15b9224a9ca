# syntax error: 'return' directly in a class body
print("this must never be printed")
class A:
    x = 1
    return x
