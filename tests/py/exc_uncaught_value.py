# uncaught ValueError from int() on a bad literal
for s in ["1", "22", "-3", "4x"]:
    print(int(s) * 2)
