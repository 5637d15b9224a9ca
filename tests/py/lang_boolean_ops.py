# and / or / not return operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" and "y", None or 0, 0 or None)
print([] and [1], [] or [1], {} or "empty", (0,) and "nonempty tuple")
print(not 1, not 0, not "", not "a", not None, not [0])
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) and t(0) and t(2)
print(r, calls)
calls.clear()
r = t(0) or t("") or t("last")
print(r, calls)
calls.clear()
r = t(5) or t(6)
print(r, calls)
calls.clear()
r = t(0) or t(1) and t(2)
print(r, calls)
calls.clear()
r = (t(0) or t(1)) and t(2)
print(r, calls)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2))
name = ""
print(name or "anonymous")
config = {"verbose": 0}
print(config.get("verbose") or "off", config.get("missing") and "on")
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(6, 3), safe_div(6, 0))
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, 3]))
print(type(1 and 1.0).__name__, type(0 or 0.0).__name__, (1 and []) is not None)
val = [] or {} or () or 0 or None
print(val)
print(True and False or True, False or not False and False)
