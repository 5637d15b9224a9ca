# uncaught AttributeError from getattr(1, 'nope') without a default
n = 1
print(getattr(n, "real"), getattr(n, "imag"), getattr(n, "bit_length")(), getattr(n, "nope", "default"))
print(hasattr(n, "nope"), hasattr(n, "numerator"), getattr("s", "upper")())
try:
    getattr(n, "missing")
except AttributeError as e:
    print("caught:", e)
try:
    n.nope = 5
except AttributeError as e:
    print("caught:", e)
class C:
    x = 10
c = C()
print(getattr(c, "x"), getattr(C, "x"), getattr(c, "y", None))
setattr(c, "y", 20)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
names = ["real", "denominator"]
print([getattr(n, a) for a in names])
print("getattr(1, 'nope') with no default")
print(getattr(1, "nope"))
print("unreachable")
