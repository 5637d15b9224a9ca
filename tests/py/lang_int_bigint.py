# arbitrary-precision ints: powers, factorials, big multiplication/division
print(2 ** 100)
print(2 ** 64 + 1, 2 ** 64 - 1, -(2 ** 100))
print(3 ** 200)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), str(f100)[:20], f100 % 1000000007)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a * a * a)
print((a * b) // b == a, (a * b) % b)
print(2 ** 200 // 3 ** 50, 2 ** 200 % 3 ** 50)
print(pow(2, 1000, 10 ** 9 + 7), pow(12345678901234567890, 3, 98765432109876543210))
print(abs(-(10 ** 30)), -(10 ** 30) < -(10 ** 29), 10 ** 30 > 10 ** 29)
print(hex(2 ** 100), bin(2 ** 70), oct(3 ** 40))
print(int("9" * 40) + 1)
print(int("-" + "1" * 30) * 2)
print(sum(range(10 ** 6)))
x = 1
for i in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length())
print(10 ** 20 == 100000000000000000000, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 100 / 2 ** 98, 10 ** 40 / 10 ** 20)
print(str(-(2 ** 127)), repr(2 ** 127))
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(max(2 ** 80, 3 ** 50, 5 ** 34), min(-(2 ** 80), -(3 ** 50)))
print(sorted([2 ** 70, -(2 ** 70), 5, 2 ** 65, -1]))
print(hash(2 ** 100) == hash(2 ** 100), (2 ** 100) in {2 ** 100: 1})
print(round(2 ** 100, -25))
