# uncaught ZeroDivisionError from divmod(1, 0)
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("caught:", e)
def safe_divmod(a, b):
    return divmod(a, b) if b else None
print(safe_divmod(9, 4), safe_divmod(9, 0))
minutes = 135
print("%d:%02d" % divmod(minutes, 60))
print(divmod(2 ** 70, 3))
divisor = 0
print("divmod by", divisor)
print(divmod(1, divisor))
print("unreachable")
