# augmented assignment and in-place arithmetic on ints crossing into big ints
x = 1
for i in range(70):
    x += x
print(x)
x -= 2 ** 70
print(x)
x = 2 ** 62
x *= 4
print(x)
x //= 3
print(x)
x %= 1000007
print(x)
x **= 3
print(x)
x = 9223372036854775807
x += 1
print(x, type(x).__name__)
x = -9223372036854775808
x -= 1
print(x)
x = 4611686018427387904
print(x * 2, x * -2, x * 4)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
print(2147483647 + 1, -2147483648 - 1, 2147483647 * 2147483647)
print(4294967295 * 4294967297)
print(1073741823 * 4, 65535 * 65537)
a = [1, 2, 3]
a[0] += 10
a[1] *= 2 ** 70
a[2] **= 50
print(a)
d = {"k": 5}
d["k"] -= 7
d["k"] <<= 65
print(d)
y = 10
y /= 4
print(y, type(y).__name__)
y = 10
y //= 4.0
print(y)
y = 7
y %= -3
print(y)
y = -7
y >>= 1
print(y)
y = 6
y &= 3
y |= 8
y ^= 15
print(y)
z = 0
for i in range(1, 101):
    z += i * i
print(z)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[100])
print(sum(range(10 ** 6)), sum(range(-5, 5)))
