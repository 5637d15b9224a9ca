# str.replace with count, empty patterns, and related transformation methods
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("one", "1", -1))
print(s.replace("three", "3"))
print(s.replace(" ", ""))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("".replace("a", "b"), "abc".replace("abc", ""), "abcabc".replace("bc", "BC", 1))
print("Hello".replace("l", "L"), "Hello".replace("hello", "X"))
print("tab\there".replace("\t", "    "), "a.b.c".replace(".", "/"))
print("ééé".replace("é", "e"), "日本日本".replace("日", "月", 1))
print(s.replace("o", "0"))
try:
    print("abc".replace("a"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".replace(1, "x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".replace("a", 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".replace("a", "b", "c"))
except TypeError as e:
    print(type(e).__name__, e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "abc-def".translate(str.maketrans("", "", "-e")))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("hello".translate(str.maketrans({"h": "J", "o": "0"})))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
text = "the cat sat on the mat"
for old, new in [("the", "a"), ("at", "og"), ("t", "T")]:
    text = text.replace(old, new)
    print(text)
print("x".replace("x", "xx").replace("x", "xx").replace("x", "xx"))
print("a-b-c-d".replace("-", "", 2), "mississippi".replace("ss", "SS"))
print("mississippi".replace("issi", "ISSI"), "aaa".replace("aaa", "b", 5))
