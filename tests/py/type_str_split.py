# str.split / rsplit / splitlines with separators, maxsplit and edge cases
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(maxsplit=1), s.rsplit(maxsplit=1))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a,b,,c,".rsplit(",", 0), "a,b".split(",", -1))
print("aXXbXXcXX".split("XX"), "aXXXb".split("XX"), "aXXXb".rsplit("XX"))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abc".split("abc"), "abc".split("abcd"), "a b c".split(" ", 0))
print("1 2 3".split(sep=" ", maxsplit=1))
print("  lead".split(None, 0), "trail  ".rsplit(None, 0))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u3000i".split())
print("one\ntwo\r\nthree\rfour\n".splitlines())
print("one\ntwo\r\nthree\rfour\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(keepends=True), "a\r\n\r\nb".splitlines(True))
print("line1\nline2".split("\n"), "end\n".split("\n"))
for args in [("",), ("", 1), (1,)]:
    try:
        print("abc".split(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("abc".rsplit(""))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("abc".split(",", "1"))
except TypeError as e:
    print(type(e).__name__, e)
words = "The rain in Spain stays mainly in the plain".split()
print(len(words), words[::2], [w for w in words if "ain" in w])
print(" ".join(reversed(words)))
print("key=value=more".split("=", 1), "key=value=more".rsplit("=", 1))
print("path/to/file.txt".rsplit("/", 1)[-1].split("."))
print("a b  c".split(" "), "a b  c".split())
