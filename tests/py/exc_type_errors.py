# TypeError messages for operators, calls, subscripts and iteration
def t(label, f):
    try:
        r = f()
        print(label, "=>", repr(r))
    except TypeError as e:
        print(label, "=>", e)

t("1 + 's'", lambda: 1 + "s")
t("'s' + 1", lambda: "s" + 1)
t("[1] + (2,)", lambda: [1] + (2,))
t("(1,) + [2]", lambda: (1,) + [2])
t("1 - 's'", lambda: 1 - "s")
t("'a' * 'b'", lambda: "a" * "b")
t("'a' * 2.0", lambda: "a" * 2.0)
t("[1] * 1.5", lambda: [1] * 1.5)
t("None + 1", lambda: None + 1)
t("1 < 's'", lambda: 1 < "s")
t("'s' >= 1", lambda: "s" >= 1)
t("[1] < (1,)", lambda: [1] < (1,))
t("None < None", lambda: None < None)
t("{} < {}", lambda: {} < {})
t("1 == 's'", lambda: 1 == "s")
five, nothing, word = 5, None, "str"
t("5[0]", lambda: five[0])
t("None[0]", lambda: nothing[0])
t("5()", lambda: five())
t("'str'()", lambda: word())
t("iter(5)", lambda: iter(5))
t("for in None", lambda: [x for x in None])
t("-'s'", lambda: -"s")
t("+[]", lambda: +[])
t("~1.5", lambda: ~1.5)
t("len(5)", lambda: len(5))
lst, tup, key = [1, 2], (1, 2), "a"
t("[1,2]['a']", lambda: lst[key])
t("(1,2)[1.0]", lambda: tup[1.0])
t("'abc'[None]", lambda: word[None])
t("hash([])", lambda: hash([]))
t("{[]: 1}", lambda: {[]: 1})
t("{{1}}", lambda: {{1}})
t("abs('x')", lambda: abs("x"))
t("1 & 1.0", lambda: 1 & 1.0)
t("1 << 's'", lambda: 1 << "s")
t("'%d' % 's'", lambda: "%d" % "s")
t("'a' in 5", lambda: "a" in 5)
t("1 in 'abc'", lambda: 1 in "abc")
t("int([1])", lambda: int([1]))
t("sum(['a','b'])", lambda: sum(["a", "b"]))
t("5 % 'a'", lambda: 5 % "a")
t("divmod('a', 1)", lambda: divmod("a", 1))
t("2 ** 'x'", lambda: 2 ** "x")
x = (1, 2)
try:
    x[0] = 5
except TypeError as e:
    print("tuple assign:", e)
try:
    del x[0]
except TypeError as e:
    print("tuple del:", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("str assign:", e)
try:
    a, b = 5
except TypeError as e:
    print("unpack int:", e)
