# sys.exit(True): bool exit code is 1; exit raised inside nested functions and loops unwinds everything
import sys
depth_log = []
def level3():
    depth_log.append(3)
    print("level3 reached, log =", depth_log)
    sys.exit(True)
def level2():
    depth_log.append(2)
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    depth_log.append(1)
    for i in range(5):
        print("level1 iteration", i)
        if i == 2:
            level2()
    print("unreachable level1 end")
print("main start")
try:
    level1()
except ValueError:
    print("ValueError handler does not catch SystemExit")
finally:
    print("main finally")
print("unreachable main end")
