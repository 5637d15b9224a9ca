# math integer functions: factorial (big), gcd, lcm, isqrt, comb, perm, prod, and their errors
import math
print([math.factorial(n) for n in range(13)])
print(math.factorial(30), math.factorial(100) % (10 ** 9 + 7), len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5), math.lcm(2 ** 64, 3 ** 40))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 20 - 1)], math.isqrt(2 ** 201), math.isqrt(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(52, 5), math.comb(100, 50), math.comb(0, 0))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([2.5, 2]), math.prod([1, 2], start=0.5))
print(math.prod([2 ** 40] * 4), math.prod(iter([3, 3])), math.prod((True, True)), math.prod(["a"]), math.prod([3], start=[1]))
for f in (lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.factorial(5.0), lambda: math.factorial("5"),
          lambda: math.gcd(1.5, 2), lambda: math.lcm(2, "3"), lambda: math.isqrt(-1), lambda: math.isqrt(4.0),
          lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-5),
          lambda: math.perm(5, -2), lambda: math.prod(5), lambda: math.prod(["a", "b"]), lambda: math.comb(5),
          lambda: math.factorial(), lambda: math.factorial(10 ** 20)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def choose(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))
print(all(choose(n, k) == math.comb(n, k) for n in range(15) for k in range(n + 1)))
print([math.comb(6, k) for k in range(7)], sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
