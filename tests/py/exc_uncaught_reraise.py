# uncaught exception re-raised with bare raise after handling
def risky():
    return [][0]
try:
    risky()
except IndexError as e:
    print("logging:", e)
    raise
