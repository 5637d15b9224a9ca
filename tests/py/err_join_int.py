# uncaught TypeError from str.join with a non-str item
print(",".join(["a", "b"]), "".join("xyz"), "-".join(map(str, [1, 2, 3])))
print(" ".join(str(i) for i in range(4)), "|".join(()), repr("".join([])))
try:
    ", ".join([None])
except TypeError as e:
    print("caught:", e)
try:
    "".join(5)
except TypeError as e:
    print("caught:", e)
try:
    "+".join(["a", 2.5])
except TypeError as e:
    print("caught:", e)
nums = [4, 5, 6]
print("+".join(str(n) for n in nums), "=", sum(nums))
words = ["alpha", "beta"]
print(" & ".join(words).upper())
row = ["x", "y", "z"]
print("\t".join(row).expandtabs(4))
print(len("".join(["ab"] * 3)))
mixed = ["ok", 1]
print("joining", mixed)
print("x".join([1]))
print("unreachable")
