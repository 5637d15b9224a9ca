# uncaught exception propagates through several finally blocks
def level3():
    try:
        raise LookupError("deep problem")
    finally:
        print("level3 cleanup")
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    try:
        level2()
    except ValueError:
        print("not this one")
    finally:
        print("level1 cleanup")
level1()
