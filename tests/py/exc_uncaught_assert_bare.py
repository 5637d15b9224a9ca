# uncaught AssertionError without a message (last stderr line is just the name)
x = 5
assert x > 0
print("first assert ok")
assert x < 0
