# hex(), oct(), bin() on ints incl. negatives, bools, big ints, __index__; errors on floats/strings
for v in (0, 1, -1, 7, 8, 255, -255, 256, 4096, 2 ** 32 - 1, 2 ** 64, -(2 ** 100), True, False):
    print(v, hex(v), oct(v), bin(v))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(bin(-5), 0))
for v in (1.5, "10", None, [1], 1.0):
    for f in (hex, oct, bin):
        try:
            print(f(v))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(type(e).__name__, e)
print(hex(0xDEADBEEF).upper(), format(255, "x"), format(255, "#X"), "%#x" % 255, f"{255:#b}", f"{8:o}")
print(bin(2 ** 20).count("1"), len(bin(2 ** 100)) - 2, hex(-0), oct(-8), bin(-(2 ** 10)))
print([bin(i)[2:].zfill(4) for i in range(8)], [hex(i)[2:] for i in range(10, 16)])
print((1.5).hex(), float.hex(2.0), hex(int(1e20)))
