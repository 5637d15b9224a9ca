# sorted/max/min on strings: code point order, case, unicode, key functions, mixed lengths
words = ["banana", "Apple", "cherry", "apple", "Banana", "_under", "123", "Zed", "éclair", "ångström", "", " space"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold)[:4], sorted(words, key=len)[:5], sorted(words, key=lambda w: (len(w), w))[:5])
print(max(words), min(words), max(words, key=len), min(words, key=len) == "", max(words, key=str.lower))
print(max("hello world"), min("hello world"), sorted("Hello World"), sorted("cba", reverse=True))
print(max("a", "b", "C"), min("a", "b", "C"), max(["aa", "a", "aaa"]), min(["b", "ab", "abc"]))
print(sorted(["a10", "a2", "a1", "b1", "a20"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
print(sorted(["x", "X", "y", "Y"], key=lambda s: (s.lower(), s.isupper())), sorted("aAbB", key=str.swapcase))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "a" < "á", "ß" > "z", "日" > "z", "😀" > "日")
print(sorted(["日本", "中国", "韓国", "abc"]), sorted(["ä", "a", "z", "b"]), max(["😀", "z", "日"]))
names = ["Smith, John", "doe, jane", "Brown, Bob", "adams, amy"]
print(sorted(names), sorted(names, key=lambda n: n.split(",")[0].lower()), sorted(names, key=lambda n: n.split(", ")[1]))
versions = ["1.10.0", "1.2.0", "1.9.3", "2.0", "1.2.10"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
print(sorted(set("mississippi")), "".join(sorted("dcba")), "".join(max(["ab", "ba"])), sorted(["b", "a"]) == ["a", "b"])
try:
    print(max(["a", 1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sorted(["a", None]))
except TypeError as e:
    print(type(e).__name__, e)
