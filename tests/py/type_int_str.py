# str/repr/format of ints incl. big and negative; int <-> str round trips
for n in (0, -0, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 64, -(2 ** 127), 10 ** 40):
    print(str(n), repr(n), len(str(n)))
print(str(10 ** 100))
print(str(-(10 ** 100) + 1))
print(int(str(3 ** 200)) == 3 ** 200)
print(int(str(-(7 ** 150))) == -(7 ** 150))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(hex(0), oct(0), bin(0), hex(-1), bin(-1))
print(format(2 ** 64, ","), format(-(10 ** 12), "_"))
print(format(2 ** 70, "x"), format(2 ** 70, "X"), format(255, "#x"), format(255, "#o"))
print(format(5, "08b"), format(-5, "08b"), format(5, "+d"), format(5, " d"))
print(f"{12345678901234567890:>30}|")
print(f"{-42:<8}|{42:^8}|{42:*>8}|{-42:=8}|")
print(f"{1234567:,}", f"{1234567:_}", f"{0xdeadbeef:_x}")
print(f"{10 ** 20:e}", f"{2 ** 64:.3e}", f"{255:c}" == "\xff")
print(f"{7:%}", f"{7:.1%}", f"{3:f}", f"{3:.2f}", f"{3:g}")
print(str(True), str(False), repr(True), int("-" + str(2 ** 80)))
digits = [int(c) for c in str(2 ** 100)]
print(sum(digits), digits[:5])
print("%d" % 2 ** 80, "%x" % 2 ** 80, "%o" % -(2 ** 40))
print("%10d|%-10d|%010d" % (-123, 456, -789))
print(" ".join(str(i) for i in range(-3, 4)))
print(str(-5)[0], str(2 ** 10)[::-1])
n = 1
for i in range(20):
    n = n * 10 + 1
print(n, n % 9, n // 11)
print(repr(2 ** 62), repr(-2 ** 62), repr(1 - 2 ** 63))
print(12 .__str__(), (2 ** 65).__repr__())
print(int.__str__(99), str.__len__(str(2 ** 200)))
print(list(map(int, "1 22 -333 +4444".split())))
