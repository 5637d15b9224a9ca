# uncaught integer division by zero deep inside nested calls
def a(n):
    return b(n - 1)
def b(n):
    return c(n * 2)
def c(n):
    print("c got", n)
    return 100 // (n - n)
print("calling a")
a(5)
