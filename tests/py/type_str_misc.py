# misc str API: count, startswith/endswith, str() constructor args, iteration helpers, isinstance
s = "Mississippi"
print(s.count("s"), s.count("ss"), s.count("issi"), s.count("i", 2), s.count("i", 2, 5), s.count("z"))
print(s.startswith("Miss"), s.startswith("miss"), s.endswith("pi"), s.endswith(("x", "pi")))
print(s.lower().count("m"), s.upper().find("SS"), s.index("pp"), s.rindex("i"))
print(str(), str(""), str("x"), str(12), str(-1.5), str([1]), str(None))
print(str(object="kw"), str(3 == 3), str(str), str(()), str({}))
for args in [(1, "ascii"), ("a", "ascii")]:
    try:
        print(str(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance("", str), isinstance(s, object), type(s) is str, str is type("x"))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, repr(m), m.shout(), len(m), m + "x", type(m + "x").__name__, isinstance(m, str))
print(m == "hey", m.upper(), type(m.upper()).__name__, type(str(m)).__name__, m[1:])
print(max(s), min(s), sorted(s)[:4], "".join(sorted(set(s))), s[::-1].lower())
words = "to be or not to be that is the question".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w.capitalize() for w in words), len(" ".join(words)))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, acr.lower(), acr.center(7, "."), acr.isupper())
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print("abc".zfill(5), "ab".ljust(4, "-") + "|", "%-6s|%6s" % ("l", "r"), "x".join("123"))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels, "programming".replace("m", "", 1), "a,b;c d".replace(",", " ").replace(";", " ").split())
print(str.join(",", ["p", "q"]), str.split("a b"), str.strip("  z  "), str.count("aaa", "a"))
print(hasattr(s, "upper"), hasattr(s, "nope"), callable(s.upper))
print("abc" * 3 == "abcabcabc", ("ab" * 2)[1:3], "-" * 20)
