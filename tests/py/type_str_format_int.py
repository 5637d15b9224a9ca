# format specs for ints: fill/align/sign/width/grouping/types b o x X c d n and '#'
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40]
specs = ["", "d", "5", "<5", "^7", ">7", "=7", "+", "-", " ", "05", "+08", "*^9", "0>6", ",",
         "_", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "n", "10,", "<+10,d", "#010x"]
for v in vals:
    print(v, "|".join(format(v, s) for s in specs))
for v in (65, 0x263A, 0x1F600):
    print(format(v, "c"), format(v, ">3c"), "{:c}".format(v))
print(format(True, "d"), format(True, ""), format(False, "05"), format(True, "x"))
print(format(123, "e"), format(123, ".2f"), format(123, "%"), format(123, "g"), format(-5, ".1E"))
print(format(10 ** 20, ","), format(-(10 ** 20), "_"), format(2 ** 64, "#x"), format(-(2 ** 64), "b")[:12])
print("{:=+10}|{:=-10}|{:= 10}".format(42, -42, 42), "{:0=+6}".format(7))
print("{:08,}|{:012,}|{:09_}".format(1234, 1234567, 12345))
print("{:,}".format(123), "{:,}".format(1234), "{:_b}".format(255), "{:_o}".format(8 ** 6))
errs = [(5, ".2"), (5, "s"), (5, ",b"), (5, "_c"), (5, "+c"), (-1, "c"), (0x110000, "c"), (5, "=s"),
        (5, "z"), (5, ",,"), (5, "#c"), (5, ",_"), (5, "_,"), ("5", "d"), (5.0, "x")]
for v, s in errs:
    try:
        print(format(v, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(f"{255:#06x}", f"{-255:#06x}", f"{255:>#8b}", f"{3:03}", f"{-3:03}", f"{3:<03}")
print(f"{12345:{'>'}{10}}", f"{12345:{'*'}^{11},}")
w = 12
for n in (1, 22, 333, -4444):
    print(f"[{n:>{w}}] [{n:<{w}}] [{n:^{w}}] [{n:+0{w}d}]")
