# assert statement with and without messages
def check(x):
    try:
        assert x > 0
        print(x, "ok")
    except AssertionError as e:
        print(x, "failed", repr(e), e.args)
check(1)
check(-1)

def check_msg(x):
    try:
        assert x % 2 == 0, "odd value: %d" % x
        return "even"
    except AssertionError as e:
        return str(e)
print(check_msg(4), check_msg(7))

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, e)

try:
    assert 0, 42
except AssertionError as e:
    print(e.args[0] + 1)

msg_evaluated = []
def msg():
    msg_evaluated.append(1)
    return "lazy"
assert True, msg()
print("message evaluated when true?", bool(msg_evaluated))
try:
    assert False, msg()
except AssertionError as e:
    print("message evaluated when false:", e, len(msg_evaluated))

try:
    assert (1, 2) == (1, 3), f"{(1, 2)} != {(1, 3)}"
except AssertionError as e:
    print(e)

try:
    assert None
except AssertionError as e:
    print(type(e).__name__, str(e) == "")
for v in [1, "s", [0], 0.1]:
    assert v
print("truthy values pass")
