# find/rfind/index/rindex/count with start/end ranges, incl. negative indices
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("xyz"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", 8, 10), s.find("hello", 1))
print(s.find("o", -5), s.rfind("o", 0, 10), s.rfind("o", -10, -3), s.find("", 3))
print(s.find(""), s.rfind(""), s.find("", 100), s.rfind("", 5, 2), s.find("h", 100))
print(s.index("world"), s.rindex("l"), s.index("l", 4), s.rindex("l", 0, 5))
print(s.count("l"), s.count("hello"), s.count("l", 5), s.count("l", 5, 15), s.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "abc".count("", 1))
print(s.find("o", None, None), s.count("o", None, 10), s.find("l", -100), s.rfind("x", -100, 100))
for args in [("xyz",), ("o", 20, 22), ("hello", 1, 10)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(s.rindex("q"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s.find(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.count())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.find("a", "b"))
except TypeError as e:
    print(type(e).__name__, e)
print("hello" in s, "Hello" in s, "" in s, "" in "", "world," in s)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.startswith(()))
print(s.endswith("python"), s.endswith("hello", 0, 5), s.endswith(("on", "zz")), s.endswith("", 3))
print(s.startswith("", 100), s.startswith("hello", -25), s.endswith("o", -8, -6))
try:
    print(s.startswith(["hello"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.endswith(("on", 1)))
except TypeError as e:
    print(type(e).__name__, e)
u = "日本語のテキスト日本"
print(u.find("日本"), u.rfind("日本"), u.index("テ"), u.count("日"), u.find("本", 2))
pos = []
i = s.find("l")
while i != -1:
    pos.append(i)
    i = s.find("l", i + 1)
print(pos)
