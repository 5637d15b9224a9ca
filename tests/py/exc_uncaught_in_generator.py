# uncaught exception raised inside a generator while iterating it
def gen():
    for x in [4, 2, 0, 1]:
        yield 8 // x
for v in gen():
    print(v)
