# ValueError messages from builtins and conversions
def t(label, f):
    try:
        print(label, "=>", repr(f()))
    except (ValueError, IndexError) as e:
        print(label, "=>", type(e).__name__, e)

def exec_unpack(seq):
    a, b = seq
    return a, b

t("int('x')", lambda: int("x"))
t("int('')", lambda: int(""))
t("int('1.5')", lambda: int("1.5"))
t("int(' 42 ')", lambda: int(" 42 "))
t("int('12', 2)", lambda: int("12", 2))
t("int('ff', 16)", lambda: int("ff", 16))
t("int('zz', 36)", lambda: int("zz", 36))
t("int('1_000')", lambda: int("1_000"))
t("int('abc', 40)", lambda: int("abc", 40))
t("float('abc')", lambda: float("abc"))
t("float('')", lambda: float(""))
t("float('1e3')", lambda: float("1e3"))
t("[1,2].remove(5)", lambda: [1, 2].remove(5))
t("[1,2].index(5)", lambda: [1, 2].index(5))
t("['a'].index('b')", lambda: ["a"].index("b"))
t("(1,2).index(3)", lambda: (1, 2).index(3))
t("'abc'.index('z')", lambda: "abc".index("z"))
t("'a,b'.split('')", lambda: "a,b".split(""))
t("range(1, 2, 0)", lambda: range(1, 2, 0))
t("chr(-1)", lambda: chr(-1))
t("max([])", lambda: max([]))
t("min([])", lambda: min([]))
t("'{}{}'.format(1)", lambda: "{}{}".format(1))
t("a, b = [1, 2, 3]", lambda: exec_unpack([1, 2, 3]))
t("a, b = [1]", lambda: exec_unpack([1]))
t("1 << -1", lambda: 1 << -1)
t("[1] * -1", lambda: [1] * -1)
t("math.sqrt(-1)", lambda: __import__("math").sqrt(-1))
t("'x' * 3", lambda: "x" * 3)
t("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
t("list.index start", lambda: [1, 2, 3].index(1, 1))

try:
    int("nope")
except Exception as e:
    print(isinstance(e, ValueError), e.args)
