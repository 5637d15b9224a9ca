# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cba")))
print(repr("www.example.com".strip("cmowz.")), repr("www.example.com".lstrip("w.")))
print(repr("".strip()), repr("   ".strip()), repr("xxx".strip("x")), repr("abc".strip("")))
print(repr("  a  ".strip(None)), repr("\u3000\xa0a\u2003".strip()))
print(repr("\x1c\x1d\x1e\x1fa\x85".strip()), repr("\x00a\x00".strip()), repr("\x00a\x00".strip("\x00")))
print(repr("123abc321".strip("0123456789")), repr("aaa".lstrip("a")), repr("ab".rstrip("b")))
print(repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removeprefix(""))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removesuffix(".zip"), "x".removesuffix("x"))
print(repr("abc".removeprefix("abc")), "aaa".removeprefix("a"), "aaa".removesuffix("a"))
try:
    print("abc".strip(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".lstrip([]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".removeprefix(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".strip("a", "b"))
except TypeError as e:
    print(type(e).__name__, e)
lines = ["  alpha\n", "beta  \n", "\tgamma\t\n"]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
print([l.strip(" \n") for l in lines])
x = "<<<>>>"
print(repr(x.strip("<")), repr(x.strip("<>")), repr(x.rstrip("<")))
print("  padded  ".strip().upper().center(12, "*"))
print(repr("\r\n".strip()), repr("a\r\n".rstrip("\r\n")), repr("\n\na\n\n".lstrip("\n")))
