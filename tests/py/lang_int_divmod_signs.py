# floor division and modulo with negative operands (signs follow the divisor)
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7), (13, -4), (-13, 4)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>4} // {b:>3} = {q:>3}   {a:>4} % {b:>3} = {r:>3}   check {q * b + r == a}  divmod {divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.5), (-1, 3.0), (1e-3, -1)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-10 ** 20 // 7, -10 ** 20 % 7, 10 ** 20 // -7, 10 ** 20 % -7)
print(-1 // 10 ** 30, -1 % 10 ** 30)
print(-7 / 2, int(-7 / 2), -7 // 2, round(-3.5), round(-2.5), round(2.5), round(3.5))
print(-0.0 % 5, 0.0 % -5, -5 % 5, 5 % -5)
for n in range(-6, 7, 3):
    print(n, n // 4, n % 4, n // -4, n % -4)
print([i % 3 for i in range(-5, 6)])
print([i // 3 for i in range(-5, 6)])
