# custom exception classes: hierarchy, extra attributes, custom __str__/__init__
class AppError(Exception):
    """Base for this app."""

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"

class NetError(AppError):
    code = 500

class Timeout(NetError):
    code = 504

for exc in [ConfigError("port"), ConfigError("host", "empty"), NetError("down"), Timeout("slow"), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", e.args, "|", getattr(e, "code", None))

print(ConfigError.__doc__, AppError.__doc__)
print([c.__name__ for c in Timeout.__mro__])
print(repr(ConfigError("x")))

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<%s>" % (self.args,)
print(repr(WithRepr(1)), str(WithRepr(1)))

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuperInit(1, 2)
print(e.args, e.a, e.b, repr(str(e)))

class Counter(Exception):
    count = 0
    def __init__(self, *args):
        Counter.count += 1
        super().__init__(*args)
for i in range(3):
    try:
        raise Counter(i)
    except Counter as c:
        print("counter", c.args[0], Counter.count)

def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [30, -1, "x", 2.5]:
    try:
        print("valid", validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
