# uncaught exception raised while handling another (implicit __context__)
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("bad value, falling back")
        return fallback[s]

fallback = {}
print(parse("12"))
parse("zz")
