# sys.exit(3): integer exit status propagates; finally blocks run; SystemExit attributes
import sys
def show(e):
    print(type(e).__name__, repr(e.code), e.args)
try:
    sys.exit(7)
except SystemExit as e:
    show(e)
try:
    sys.exit("text")
except SystemExit as e:
    show(e)
try:
    sys.exit(None)
except SystemExit as e:
    show(e)
try:
    sys.exit((1, 2))
except SystemExit as e:
    show(e)
try:
    raise SystemExit(4)
except SystemExit as e:
    show(e)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    sys.exit(9)
finally:
    print("finally runs on the way out")
    sys.stdout.flush()
print("unreachable")
