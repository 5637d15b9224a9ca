# e.args, str(e), repr(e) for various argument counts and types
cases = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(1, 2, 3),
    ValueError(None), ValueError(""), KeyError("key"), KeyError(5), KeyError(),
    KeyError("a", "b"), IndexError("idx"), Exception([1, 2]), RuntimeError(("t",)),
    TypeError("it's"), StopIteration(7), StopIteration(), AssertionError("x", 1),
]
for e in cases:
    print(type(e).__name__, e.args, "|", str(e), "|", repr(e))

e = ValueError("first")
e.args = ("changed", 2)
print(e, repr(e))

class MyErr(Exception):
    pass
m = MyErr("hello", 42)
print(m, repr(m), m.args)
print(str(MyErr()), repr(MyErr()))
print(repr(MyErr("one")))

s = StopIteration(9)
print("StopIteration value:", s.value)
print(SystemExit(4).code, SystemExit().code, SystemExit("bye").code)
k = KeyError("quoted")
print(str(k), "vs", str(ValueError("quoted")))
print(len(Exception(1, 2, 3).args))
print(Exception("x") == Exception("x"))
