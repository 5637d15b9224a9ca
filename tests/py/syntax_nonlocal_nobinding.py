# syntax error: nonlocal name with no binding in an enclosing function
print("this must never be printed")
def outer():
    def inner():
        nonlocal zz
        zz = 2
    return inner
