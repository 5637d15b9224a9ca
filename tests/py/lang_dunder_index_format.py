# __index__, __int__, __float__, __format__, __round__ and related conversions
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
lst = ["a", "b", "c", "d"]
print(lst[i], lst[Idx(-1)], lst[Idx(1):Idx(3)], "xyz"[i], (1, 2, 3)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), [0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", list(range(10))[Idx(1):Idx(8):Idx(3)])
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, nd=None):
        return f"rounded({nd})"
    def __abs__(self):
        return "abs!"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), abs(n))
try:
    [1, 2][Num(1)]
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}|", format(m), format(m, "short"), "{:short}".format(m), str(m))
class NoFormat:
    def __str__(self):
        return "plain"
print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>8}|")
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(format(42, "08b"), format(42, "x"), format(3.14159, ".3"), format("s", "^5") + "|", format(True, "d"))
import math
class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return 7
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5))
