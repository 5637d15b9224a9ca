# sys.exit("message"): message goes to stderr, exit status 1; stdout output before it is kept
import sys
results = []
for word in ["alpha", "beta", "gamma"]:
    results.append(word.upper())
    print("processed", word)
print(results)
total = sum(len(r) for r in results)
print("total length", total)
def validate(n):
    if n > 10:
        sys.exit("fatal: value %d exceeds limit" % n)
    return n * 2
print(validate(3))
print(validate(10))
try:
    validate(11)
except SystemExit as e:
    print("caught once:", e.code)
print("exiting for real")
print(validate(12))
print("unreachable")
