# program: sieve of Eratosthenes, prime factorisation, and some number theory
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, v in enumerate(is_p) if v]
ps = sieve(200)
print(ps)
print(len(sieve(10000)), sieve(10000)[-5:], sum(sieve(1000)))
def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
for n in [12, 97, 360, 1001, 2 ** 20, 600851475143, 9999991]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print([phi(n) for n in range(1, 21)])
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins)
def goldbach(n, primes=set(sieve(1000))):
    for p in sorted(primes):
        if n - p in primes:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 4)])
gaps = {}
big = sieve(5000)
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True
print([n for n in range(1000000, 1000100) if is_prime(n)], is_prime(2 ** 31 - 1))
