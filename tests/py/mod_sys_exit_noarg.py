# sys.exit() with no argument: exit status 0, output before it is kept, code after it never runs
import sys
print("before exit")
for i in range(3):
    print("loop", i)
def helper():
    print("in helper, about to exit")
    sys.exit()
    print("unreachable in helper")
try:
    print("try block")
finally:
    print("finally before exit still runs normally")
data = [1, 2, 3]
print(sum(data), len(data))
print("flush check", flush=True)
sys.stdout.write("written with sys.stdout.write\n")
print("next line calls helper")
print("=" * 20)
print("a", "b", sep="-")
print("still going")
print("last line before exit")
helper()
print("never printed")
