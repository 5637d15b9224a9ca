# repr() of strings: quote selection, escapes of control chars, backslashes, unicode
cases = ["", "abc", "it's", 'say "hi"', "both ' and \"", "\n\t\r", "\x00\x01\x1f\x7f",
         "\u1234", "back\\slash", "\\n", "tab\there", "é", "\x80\x9f\xa0", "ok",
         "'", '"', "''\"", "\u2028\u2029", "\U0001F600", "\x0b\x0c", "\a\b", "a\x1bb",
         "\ufeff", "\u00ad", "\u0300", "\U000e0001", "\uffff", "mixed 'single' only", "\\'"]
for c in cases:
    print(repr(c), len(repr(c)))
print(repr(["it's", 'a"b', "\n"]))
print(repr(("x",)), repr({"k'": "v\""}), repr({"\t": ["\x00"]}))
print(str(["a", "b"]), str(("a",)), str({"a": "b"}))
print("%r|%s" % ("it's", "it's"), "{!r}|{!s}".format("\n", "\n".strip()))
q = "'"
dq = '"'
print(f"{'q'!r} {q!r} {q!s} {q + dq!r}")
print(repr(repr("a")), repr(repr(repr("'"))))
r = repr("a\\b")
print(r, len(r))
print(repr(str(1)), repr(str(None)), repr(str(1.5)), repr(str([1, "2"])))
print(repr("\x00abc"[1:]), repr("a" * 3), repr("x" + "\n" + "y"))
print("".join(repr(chr(i)) for i in range(0, 32, 5)))
print([repr(chr(i)) for i in (127, 128, 160, 161, 173, 255, 256, 0x300, 0x378, 0xe000)])
