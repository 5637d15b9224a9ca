# sys.exit with non-int, non-str object: repr/str printed to stderr and exit status 1
import sys
print("start")
items = {"a": 1, "b": 2}
for k, v in items.items():
    print(k, v)
class Reason:
    def __str__(self):
        return "custom reason object"
try:
    sys.exit(Reason())
except SystemExit as e:
    print(type(e.code).__name__, str(e.code), str(e))
try:
    sys.exit(True)
except SystemExit as e:
    print(repr(e.code), e.code == 1)
try:
    sys.exit(0)
except SystemExit as e:
    print("zero:", e.code)
print([1, 2, 3])
print("exiting with a list")
print("done printing")
print("-" * 10)
print("bye")
print("really bye")
print("ok")
print("exit now")
sys.exit([1, 2])
