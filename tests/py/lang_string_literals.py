# string literals: escapes, raw strings, triple quotes, adjacent concatenation, unicode
print("tab\there", "newline\\n shown", 'single \'quote\'', "double \"quote\"")
print("bell? \x41\x42\x43", "\101\102", "\u00e9\u4e2d", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600" == chr(0x1F600))
print(len("\n"), len("\\n"), len(r"\n"), len("\x00"), repr("\x00"), repr("\t\r\n"))
print(r"C:\new\table", r"\d+\.\d*", r"raw quote \" stays", R"upper R")
s = """first line
  second line
third"""
print(s)
print(s.splitlines(), len(s.splitlines()))
t = '''it's "fine"'''
print(t)
u = """\
no leading newline \
continued"""
print(repr(u))
print("adjacent " "literals " 'are ' """joined""")
msg = ("parenthesised "
       "implicit "
       "concatenation")
print(msg)
print("a" + "b" * 3 + "c", "-" * 10, 3 * "ab")
print("ünïcödé", len("ünïcödé"), "日本語"[1], len("日本語"), "😀", len("😀"))
print(ord("A"), ord("é"), ord("中"), chr(97), chr(0x263A), ascii("é中"), repr("é"))
print("\\", "\\\\", len("\\\\"), "ends with backslash\\")
print('"', "'", '\'', "\"", """'"'""")
print("line1\nline2")
print("carriage\r", end="|\n")
print(repr("mixed 'single' and \"double\""), repr('only "double"'), repr("only 'single'"))
print(str(123) + "abc", "x".join("123"), "%s|%5s|%-5s|" % ("a", "b", "c"))
empty = ""
print(repr(empty), len(empty), bool(empty), empty == '', empty + "x")
print("abc"[::-1], "abc" < "abd", "a" in "abc", "abc".upper(), "A\tB".expandtabs(4))
long = "word " \
       "continued with backslash"
print(long)
print(b"bytes", b"abc"[0], len(b"\x00\xff"), type(b"").__name__)
