# string literal escapes, raw strings, triple quotes, implicit concatenation, line continuation
print(len("\n"), len("\\n"), len(r"\n"), len("\x41"), len("\u0041"), len("\U00000041"), len("\101"))
print("tab:\t|", "bs:\\|", "q:\'\"|", "\101\60\7" == "A0\x07", "hex:\x4a\x4B")
print(r"raw\n\t\\", r'raw\'q', R"\d+", len(r"\\"), r"\u0041" == "\\u0041")
print("""triple "double" quotes""", '''triple 'single' quotes''', """a\
b""")
s = """line1
line2
    indented
"""
print(repr(s), s.count("\n"), s.splitlines())
print("abc" "def", "x" 'y' """z""", ("implicit"
                                       " join"))
long = "start \
end"
print(long)
print("\N{BULLET} \N{EM DASH} \N{LATIN SMALL LETTER E WITH ACUTE}", len("\N{SNOWMAN}"))
print("a\0b" == "a\x00b", len("a\0b"), repr("\0"), repr("\1\12\123"))
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"), ord("\t"), ord("\n"), ord("\\"))
print(repr("\a\b\f\v"), repr('\"'), repr("\'"), repr("\\\\"))
print("%s|%s" % ("\\", "/"), "C:\\path\\to" .split("\\"), r"C:\path".replace("\\", "/"))
print("ab\
cd", len("""\
"""))
u = "\u00e9\u00E9\U0001f600"
print(u, len(u), u == "éé😀")
print('it\'s', "say \"hi\"", 'mixed "q" and \'s\'')
print("\x7e", "\x20" == " ", "\u20ac", "\N{DIGIT ONE}" + "\N{SPACE}" + "!")
