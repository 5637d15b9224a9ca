# big-int heavy computations: factorials, fibonacci, digit sums, gcd via Euclid
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(c) for c in str(f100)))
print(f100 // fact(98))
print(fact(50) % (10 ** 9 + 7))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(fib(300) % fib(30), fib(60) // fib(59))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(200), fib(150)), fib(50))
print(gcd(2 ** 120 * 3 ** 7, 2 ** 70 * 3 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 60), isqrt(2 * 10 ** 40))
r = isqrt(2 * 10 ** 100)
print(str(r)[:30])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27), collatz(2 ** 100 + 1))
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, p, p))
acc = 0
for i in range(64):
    acc |= (i & 1) << (i * 2)
print(acc, bin(acc).count("1"))
n = 3 ** 400
digits = []
while n:
    n, r = divmod(n, 10)
    digits.append(r)
print(len(digits), digits[:8])
tri = [i * (i + 1) // 2 for i in range(0, 10 ** 6, 99999)]
print(tri)
print(sum(i ** 5 for i in range(1000)))
