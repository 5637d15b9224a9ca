# uncaught TypeError from multiplying a sequence by a float
print("ab" * 3, [0] * 2, (1,) * 3, "x" * 0, "y" * -1, 3 * "z")
try:
    "ab" * "c"
except TypeError as e:
    print("caught:", e)
try:
    [1] * [2]
except TypeError as e:
    print("caught:", e)
print("ab" * int(2.9), "ab" * round(2.5), "-" * True)
width = 10
print("=" * width)
print("|" + " " * (width - 2) + "|")
print("=" * width)
ratio = 2.5
print("ratio", ratio, type(ratio).__name__)
cells = ["."] * 4
print(cells, len(cells))
print(2.5 * 2, 2.5 * True)
print("repeating a string 2.5 times")
print("ab" * ratio)
print("unreachable")
