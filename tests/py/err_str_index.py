# uncaught ValueError from str.index of a missing substring
s = "abcabc"
print(s.index("b"), s.index("b", 2), s.rindex("a"), s.find("z"), s.rfind("c"))
try:
    s.index("c", 0, 2)
except ValueError as e:
    print("caught:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("caught:", e)
def locate(text, sub):
    i = text.find(sub)
    return i if i >= 0 else None
print(locate(s, "ca"), locate(s, "zz"))
positions = [i for i in range(len(s)) if s.startswith("bc", i)]
print(positions)
print(s.count("abc"), "z" in s, s.partition("z"))
email = "user@example.com"
at = email.index("@")
print(email[:at], email[at + 1:])
print("abc".index(""), "abc".index("c"))
print("searching 'abc' for 'z'")
print("abc".index("z"))
print("unreachable")
