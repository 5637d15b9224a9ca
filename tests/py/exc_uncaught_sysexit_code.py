# sys.exit with an integer status: exit 3, stdout flushed
import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(3)
print("never")
