# center/ljust/rjust/zfill padding with fill chars and odd/even widths
for w in range(0, 10):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")))
print(repr("abc".ljust(8)), repr("abc".ljust(8, ".")), repr("abc".ljust(2)))
print(repr("abc".rjust(8)), repr("abc".rjust(8, "0")), repr("abc".rjust(-1)))
print(repr("".center(4, "x")), repr("a".center(4)), repr("a".center(5)), repr("ab".center(5)))
print(repr("日本".center(6, "・")), repr("é".ljust(3, "é")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "+", "0042", "--1"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
try:
    print("a".center(5, "ab"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".ljust(5, ""))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".rjust("5"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".zfill())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".center(5, 1))
except TypeError as e:
    print(type(e).__name__, e)
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in rows:
    print(name.ljust(12, ".") + str(price).rjust(6) + str(qty).center(5) + "|")
print("|" + "title".center(20, "=") + "|")
print("7".zfill(3), str(-7).zfill(4), str(2 ** 70).zfill(25))
