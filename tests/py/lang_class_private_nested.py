# name mangling of __private attributes, nested classes, classes defined in functions
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._internal = "convention only"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._internal, a.call_secret())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, a._Account__secret(), sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
print(Sub().both(), sorted(vars(Sub())))
class Outer:
    class Inner:
        value = "inner value"
        def describe(self):
            return "Inner instance"
    class _Helper:
        pass
    def make(self):
        return self.Inner()
o = Outer()
print(Outer.Inner.value, o.make().describe(), Outer.Inner.__qualname__, Outer.Inner.__name__)
print(type(o.make()).__qualname__, isinstance(o.make(), Outer.Inner))
def class_factory(base_value):
    class Dynamic:
        value = base_value
        def get(self):
            return self.value * 2
    return Dynamic
C1, C2 = class_factory(1), class_factory("ab")
print(C1().get(), C2().get(), C1 is C2, C1.__name__, C1.__qualname__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])
print(Tree().root.total())
class M:
    __slots__ = ("__hidden",)
    def __init__(self):
        self.__hidden = 42
    def get(self):
        return self.__hidden
print(M().get(), M.__slots__)
class Dunder:
    __not_mangled__ = "dunder names are not mangled"
print(Dunder.__not_mangled__)
def outer_fn():
    class __Local:
        pass
    return __Local.__name__
print(outer_fn())
