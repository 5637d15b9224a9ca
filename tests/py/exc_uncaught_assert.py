# uncaught AssertionError with a message
def check(xs):
    assert xs == sorted(xs), f"not sorted: {xs}"
    return True
print(check([1, 2, 3]))
print(check([3, 1, 2]))
