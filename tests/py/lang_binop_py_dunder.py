# `a op b` on two instances of one class with a Python dunder is called
# straight from the cache once specialized; every way the protocol can
# differ must still give CPython's result.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
    def __sub__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.x - other.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __repr__(self):
        return "V(%r)" % (self.x,)

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

acc = V(0)
for i in range(20):
    acc = add(acc, V(i))
print(acc, sub(V(10), V(3)), add(V("a"), V("b")))

# NotImplemented from the forward dunder: the reflected one runs.
class W:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd"

for _ in range(10):
    try:
        add(W(1), W(2))
    except TypeError as e:
        print("TypeError:", e)
print(add(1, W(1)))

# In-place operators: __iadd__ wins when the class has it.
class I:
    def __init__(self):
        self.n = 0
    def __add__(self, other):
        return "add"
    def __iadd__(self, other):
        self.n += 1
        return self

def iadd(a, b):
    a += b
    return a

x = I()
for _ in range(10):
    x = iadd(x, I())
print(x.n, add(I(), I()))

# A subclass operand on the right with its own reflected dunder goes first.
class Base:
    def __add__(self, other):
        return "Base.add"

class Sub(Base):
    def __radd__(self, other):
        return "Sub.radd"

print([add(Base(), Base()) for _ in range(10)][-1], add(Base(), Sub()), add(Sub(), Sub()))

# The class changing its dunder after the site warmed up.
class C:
    def __add__(self, other):
        return 1

for _ in range(10):
    r = add(C(), C())
print(r)
C.__add__ = lambda self, other: 2
print(add(C(), C()))
def new_add(self, other):
    return 3
C.__add__ = new_add
print(add(C(), C()))
del C.__add__
try:
    add(C(), C())
except TypeError as e:
    print("TypeError:", e)

# Errors raised inside the dunder keep their traceback and type.
class E:
    def __mul__(self, other):
        raise ValueError("no mul")

def mul(a, b):
    return a * b

for _ in range(10):
    try:
        mul(E(), E())
    except ValueError as e:
        last = e
print(repr(last))

# Dunders with defaults, closures, or that are generators.
def make():
    k = 5
    class K:
        def __add__(self, other):
            return k
    return K

K = make()
class D:
    def __add__(self, other, extra=7):
        return extra
class G:
    def __add__(self, other):
        yield 1
for _ in range(10):
    res = (add(K(), K()), add(D(), D()), type(add(G(), G())).__name__)
print(res)

# Recursion through the dunder.
class N:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if self.n == 0:
            return other.n
        return N(self.n - 1) + N(other.n + 1)

print(add(N(50), N(0)))
