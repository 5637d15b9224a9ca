# errors from unpacking assignments
def t(label, f):
    try:
        print(label, "=>", f())
    except (ValueError, TypeError) as e:
        print(label, "=>", type(e).__name__, e)

def two(seq):
    a, b = seq
    return a, b
def three(seq):
    a, b, c = seq
    return a, b, c
def star(seq):
    a, *b, c = seq
    return a, b, c
def nested(seq):
    (a, b), c = seq
    return a, b, c

t("two([1,2,3])", lambda: two([1, 2, 3]))
t("two([1])", lambda: two([1]))
t("two([])", lambda: two([]))
t("three([1,2])", lambda: three([1, 2]))
t("three('abcd')", lambda: three("abcd"))
t("three('abc')", lambda: three("abc"))
t("two(range(5))", lambda: two(range(5)))
t("two(iter([1,2,3]))", lambda: two(iter([1, 2, 3])))
t("two(5)", lambda: two(5))
t("two(None)", lambda: two(None))
t("star([1])", lambda: star([1]))
t("star([1,2])", lambda: star([1, 2]))
t("star([1,2,3,4])", lambda: star([1, 2, 3, 4]))
t("nested([(1,2),3])", lambda: nested([(1, 2), 3]))
t("nested([(1,2,3),3])", lambda: nested([(1, 2, 3), 3]))
t("nested([1,3])", lambda: nested([1, 3]))
t("two({'x':1,'y':2})", lambda: two({"x": 1, "y": 2}))

def for_unpack():
    out = []
    for a, b in [(1, 2), (3, 4), (5, 6, 7)]:
        out.append(a + b)
    return out
t("for a, b in ...", for_unpack)
def comp_unpack():
    return [x * y for x, y in [(1, 2), (3,)]]
t("comprehension unpack", comp_unpack)

def gen():
    yield 1
    yield 2
    yield 3
def partial_gen():
    g = gen()
    try:
        a, b = g
    except ValueError as e:
        return str(e) + " / remaining: " + str(list(g))
print(partial_gen())
