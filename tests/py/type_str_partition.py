# partition/rpartition, expandtabs, join and related splitting helpers
for s in ["key=value", "key=value=x", "novalue", "=start", "end=", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "aaa".partition("aa"), "aaa".rpartition("aa"))
print("http://x.org/p".partition("://"), "日本=語".partition("="))
for args in [("",), (None,), (1,)]:
    try:
        print("abc".partition(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("abc".rpartition(""))
except ValueError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("a\tb".expandtabs(0)))
print(repr("abcdefgh\tx".expandtabs(4)), repr("\t".expandtabs(3)), repr("ab\ncd\tef".expandtabs(4)))
print(repr("12\t123\t1234\t12345\t".expandtabs(5)), repr("a\r\tb".expandtabs(4)), repr("x\ty".expandtabs(-1)))
print(repr("no tabs".expandtabs(2)), repr("\t\t".expandtabs(2)), repr("a\tb".expandtabs(tabsize=3)))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), ", ".join([]))
print("|".join(("one",)), " ".join(str(i) for i in range(5)), "ab".join("XYZ"))
print("\n".join(["l1", "l2"]), "=".join({"k": 1, "j": 2}), "".join(map(str, [1, 2, 3])))
for bad in [[1, 2], ["a", 1], ["a", None], 5, [1.5]]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("".join())
except TypeError as e:
    print(type(e).__name__, e)
parts = "2024-01-15".partition("-")
year, _, rest = parts
print(year, rest, rest.rpartition("-")[2])
print(" / ".join(reversed("a/b/c".split("/"))))
