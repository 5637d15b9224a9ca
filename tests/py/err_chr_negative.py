# uncaught ValueError from chr(-1)
for code in (65, 97, 48, 233, 0x263A, 0x1F600):
    print(code, chr(code), ord(chr(code)))
print("".join(chr(c) for c in range(72, 80)))
try:
    chr(0x110000)
except ValueError as e:
    print("caught:", e)
try:
    chr(1.5)
except TypeError as e:
    print("caught:", e)
def shift(s, k):
    return "".join(chr(ord(c) + k) for c in s)
print(shift("abc", 1), shift("bcd", -1))
print([ord(c) for c in "AZ"])
print(repr(chr(0)), repr(chr(10)))
offset = -66
print("computed code", ord("A") + offset)
print("calling chr with a negative code")
print(chr(ord("A") + offset))
print("unreachable")
