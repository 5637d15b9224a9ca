# str operators: +, *, comparisons, in, iteration, len, hashing equality, min/max
a, b = "apple", "banana"
print(a + b, a * 2, 2 * a, a * 0, a * -3, "" * 100, repr("ab" * 1))
print(a < b, a > b, a == "apple", a != "Apple", "Apple" < "apple", "a" < "B", "abc" < "abcd")
print("" < "a", "a" <= "a", "b" >= "a", "Z" < "a", "10" < "9", "abc" > "ab", "é" > "z")
print(sorted(["pear", "Apple", "apple", "banana", "10", "9", "", "Éclair", "_x"]))
print(max(["ab", "b", "abc"]), min("hello"), max("hello"), min(["b", "a"], key=len))
print(len(""), len("a"), len("hello world"), len("\n\t"), len("日本語"))
print(list("abc"), tuple("ab"), [c for c in "hi!"], set("aaa"), dict.fromkeys("ab"))
print("a" in "cat", "at" in "cat", "ta" in "cat", "" in "cat", "cat" in "cat", "cats" in "cat")
print("x" not in "abc", "ab" not in "abc")
s = "spam"
s += "eggs"
print(s, s is not None, s.__len__(), s.__contains__("me"), s.__getitem__(2), s.__add__("!"))
s *= 2
print(s, s.__mul__(2)[:6], s.__rmul__(1), s.__eq__("x"), s.__lt__("zzz"))
print("abc".__eq__(1), "a".__ne__("b"), [1].__eq__("x"))
try:
    "abc".__add__(1)
except TypeError as e:
    print("str.__add__ raises, not NotImplemented:", e)
for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5,
          lambda: "a" - "b", lambda: "a" < 1, lambda: -"a", lambda: "a" + None,
          lambda: "a" + ["b"], lambda: "%d" - 1, lambda: "a" / 2, lambda: ~"a"):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), "ab" == "a" + "b")
x = "interned"
y = "".join(["inter", "ned"])
print(x == y, x is x)
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__contains__("abc", "b"))
print("a" "b" "c", ("con"
      "cat"), "abc"[::-1] == "cba", "racecar" == "racecar"[::-1])
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed("abc")), list(enumerate("ab")), list(zip("abc", "12")))
print(sum(len(w) for w in ["a", "bb", "ccc"]), "".join(sorted("hello")), "-".join(sorted(set("banana"))))
print(ord(max("Hello")), "abc".count("") , str(len("x" * 1000)))
