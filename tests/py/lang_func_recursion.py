# recursion: factorial, fibonacci, ackermann, hanoi, permutations, mutual recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 3), ack(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(perms("abc"), len(perms("abcde")))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for e in x:
        out.extend(flatten(e))
    return out
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
def binsearch(arr, x, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == x:
        return mid
    if arr[mid] < x:
        return binsearch(arr, x, mid + 1, hi)
    return binsearch(arr, x, lo, mid - 1)
arr = list(range(0, 100, 3))
print(binsearch(arr, 27), binsearch(arr, 28), binsearch(arr, 99))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)
print(sum_digits(2 ** 100))
