# Binary operators whose left operand's class defines the dunder in Python:
# the dunder runs in a frame of the interpreter loop, and its return
# finishes the operator (NotImplemented falls back to the reflected dunder
# or the TypeError), in hot loops so the adaptive interpreter is warm.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented
    def __sub__(self, other):
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(k * self.x * 1000)
    def __repr__(self):
        return "V(%r)" % (self.x,)

class R:
    def __radd__(self, other):
        return ("R.__radd__", other)
    def __rsub__(self, other):
        return ("R.__rsub__", other)

class SubV(V):
    def __radd__(self, other):
        return ("SubV.__radd__ first", other)

acc = V(0)
for i in range(50):
    acc = acc + V(i) + 1
    acc = acc * 1
print(acc)
print([V(1) + R() for _ in range(3)][0])
print(V(1) - R())
print(V(1) + SubV(2))
print(2 * V(3), V(3) * 2)
for bad in ("text", None, [1]):
    try:
        V(1) + bad
    except TypeError as e:
        print("TypeError", e)
try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError", e)

class Acc:
    def __init__(self):
        self.items = []
    def __add__(self, item):
        return Acc.with_items(self.items + [item])
    @staticmethod
    def with_items(items):
        a = Acc()
        a.items = items
        return a

a = Acc()
for i in range(5):
    a += i          # no __iadd__: falls back to __add__
print(a.items)

class IAdd:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
    def __add__(self, k):
        return "plain add"

b = IAdd()
for i in range(5):
    b += i
print(b.n, b + 1)

class Boom:
    def __add__(self, other):
        raise ValueError("boom in __add__")

def add_boom():
    return Boom() + 1

for _ in range(3):
    try:
        add_boom()
    except ValueError as e:
        print("ValueError", e)

class Arity:
    def __add__(self):
        return 0

try:
    Arity() + 1
except TypeError as e:
    print("TypeError", e)

class Deep:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + other + 1

print(Deep(200) + 0)

def recurse_forever():
    class Loop:
        def __add__(self, other):
            return self + other
    try:
        Loop() + 1
    except RecursionError as e:
        print("RecursionError", e)

recurse_forever()

def try_in_generator():
    for i in range(3):
        try:
            yield V(i) + 1
        except TypeError:
            yield "never"

print(list(try_in_generator()))

class GenAdd:
    def __add__(self, other):
        yield other

print(list(GenAdd() + 5))
