# uncaught ZeroDivisionError after some output
print("start")
for i in range(3, -1, -1):
    print(i, 12 // i if i else "about to fail")
print(10 / 0)
print("never")
