# uncaught TypeError from hex(1.5)
for v in (0, 10, 255, -255, 2 ** 40, True):
    print(v, hex(v), oct(v), bin(v))
print((1.5).hex(), float.fromhex("0x1.8p0"))
try:
    oct(2.0)
except TypeError as e:
    print("caught:", e)
try:
    bin("5")
except TypeError as e:
    print("caught:", e)
print(hex(int(1.5)), hex(round(2.5)), format(255, "x"))
def to_hex(v):
    if isinstance(v, float):
        return v.hex()
    return hex(v)
print(to_hex(3), to_hex(3.0))
print(int("ff", 16), int("0x1f", 0))
value = 1.5
print("hex of", value)
print(hex(value))
print("unreachable")
