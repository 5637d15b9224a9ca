# sys basics: argv, maxsize, recursion limit get/set, stdout.write return values, version_info type
import sys
print(len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
for bad in (0, -5, "x", 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
n = sys.stdout.write("written via sys.stdout\n")
print(n, sys.stdout.write(""), sys.stdout.write("é\n"))
print("via print file", file=sys.stdout)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
print(sys.version_info[0], sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version).__name__)
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min, sys.int_info.bits_per_digit in (15, 30))
print(isinstance(sys.modules, dict), "sys" in sys.modules, type(sys.path).__name__, callable(sys.exit))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "flush"), sys.stdout.flush())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(900))
sys.setrecursionlimit(5000)
print(depth(3000), sys.getrecursionlimit())
