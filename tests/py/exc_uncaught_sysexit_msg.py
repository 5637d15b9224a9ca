# sys.exit with a string: message printed to stderr, exit status 1
import sys
print("working")
sys.exit("fatal: something went wrong")
