# function attributes: __name__, __qualname__, __doc__, __defaults__, custom attributes
def documented(a, b=1):
    """Add two numbers.

    Longer description."""
    return a + b
print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__)
def undocumented():
    pass
print(undocumented.__doc__)
def not_doc():
    x = 1
    "this string is not the docstring"
print(not_doc.__doc__)
class K:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def smeth():
        pass
print(K.method.__name__, K.method.__qualname__, K.method.__doc__)
print(K.Inner.deep.__qualname__, K.Inner.__qualname__, K.smeth.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
documented.custom = "attached"
documented.counter = 0
documented.counter += 5
print(documented.custom, documented.counter)
print(getattr(documented, "missing", "no attr"), hasattr(documented, "custom"))
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
print(documented.__module__)
print(callable(documented), callable(5), callable(K), callable(K()), callable(print))
def kw(a, *, b=2, c):
    pass
print(kw.__defaults__, kw.__kwdefaults__)
print(type(documented).__name__, type(lam).__name__, type(print).__name__, type(K().method).__name__)
print(len.__name__, print.__name__)
print(K.__doc__, K.__name__, K.__qualname__, K.Inner.__name__)
print(sorted(k for k in documented.__dict__))
