# using arrays in algorithms: prefix sums, sieve, histogram, in-place reversal, comparisons and copies
import array
n = 50
sieve = array.array("B", [1]) * n
sieve[0] = sieve[1] = 0
for i in range(2, 8):
    if sieve[i]:
        for j in range(i * i, n, i):
            sieve[j] = 0
print([i for i in range(n) if sieve[i]], sum(sieve))
vals = array.array("i", [3, -1, 4, 1, -5, 9, 2, -6])
prefix = array.array("q", [0])
for v in vals:
    prefix.append(prefix[-1] + v)
print(prefix, prefix[5] - prefix[2], max(vals), min(vals), sorted(vals))
hist = array.array("H", [0] * 5)
for x in [0, 1, 1, 4, 4, 4, 2, 3, 3, 3, 3]:
    hist[x] += 1
print(hist, hist.index(max(hist)), "".join("#" * c + "|" for c in hist))
arr = array.array("h", range(10))
lo, hi = 0, len(arr) - 1
while lo < hi:
    arr[lo], arr[hi] = arr[hi], arr[lo]
    lo += 1
    hi -= 1
print(arr, arr == array.array("h", reversed(range(10))))
copy = arr[:]
copy[0] = -1
print(arr[0], copy[0], copy is arr, copy == arr)
fl = array.array("d", [2.0, 4.0, 8.0])
scaled = array.array("d", (x * 0.5 for x in fl))
print(scaled, sum(scaled) / len(scaled), [x for x in fl if x > 3])
print(array.array("i", [1, 2, 3]) < array.array("i", [1, 2, 4]), array.array("i", [2]) > array.array("i", [1, 9]), array.array("b", [1, 2]) <= array.array("b", [1, 2]))
print(list(enumerate(array.array("b", [7, 8]))), list(zip(array.array("i", [1, 2]), "ab")), dict(zip("xy", array.array("H", [5, 6]))))
m = array.array("l", [5, 1, 4])
m2 = array.array("l", sorted(m))
print(m2, m2.tolist()[::-1], len(m2) * m2.itemsize, array.array("l", m2 * 0))
fib = array.array("Q", [0, 1])
while len(fib) < 90:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[50], len(fib))
try:
    fib.append(fib[-1] * 100)
except OverflowError as e:
    print(type(e).__name__, e)
