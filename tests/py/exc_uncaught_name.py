# uncaught NameError for an undefined global name used in a function
def show(x):
    print("x is", x)
    print("y is", undefined_name_y)
show(1)
