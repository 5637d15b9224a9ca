# helper module imported from the test directory itself (leading underscore: not a test)
print("_local_helper imported")
VALUE = [1, 2, 3]


def where():
    return "local helper in tests/py"
