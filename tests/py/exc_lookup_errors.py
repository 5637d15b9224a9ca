# KeyError and IndexError messages (repr of key, range messages)
def t(label, f):
    try:
        print(label, "=>", repr(f()))
    except LookupError as e:
        print(label, "=>", type(e).__name__, str(e), repr(e))

d = {"a": 1, 2: "two", (1, 2): "tup", None: 0}
t("d['a']", lambda: d["a"])
t("d['b']", lambda: d["b"])
t("d[3]", lambda: d[3])
t("d[(3, 4)]", lambda: d[(3, 4)])
t("d[None]", lambda: d[None])
t("d[2.5]", lambda: d[2.5])
t("d[\"it's\"]", lambda: d["it's"])
t("d['']", lambda: d[""])
t("d.pop('zz')", lambda: d.pop("zz"))
t("{}.popitem()", lambda: {}.popitem())
t("[][0]", lambda: [][0])
t("[1,2][2]", lambda: [1, 2][2])
t("[1,2][-3]", lambda: [1, 2][-3])
t("[1,2][-2]", lambda: [1, 2][-2])
t("(1,)[1]", lambda: (1,)[1])
t("'ab'[5]", lambda: "ab"[5])
t("''[0]", lambda: ""[0])
t("[].pop()", lambda: [].pop())
t("[1].pop(5)", lambda: [1].pop(5))
t("range(3)[3]", lambda: range(3)[3])
t("set().pop()", lambda: set().pop())
t("'ab'[1:10]", lambda: "ab"[1:10])
t("[1,2][5:]", lambda: [1, 2][5:])

def assign_oob():
    x = [1, 2]
    x[2] = 3
t("x[2] = 3", assign_oob)
def del_oob():
    x = [1]
    del x[4]
t("del x[4]", del_oob)
def del_key():
    x = {"k": 1}
    del x["j"]
t("del x['j']", del_key)
def remove_set():
    s = {1, 2}
    s.remove(3)
t("s.remove(3)", remove_set)
print(d.get("missing"), d.get("missing", "dflt"))
try:
    d["nope"]
except KeyError as e:
    print("args:", e.args, "key:", e.args[0])
