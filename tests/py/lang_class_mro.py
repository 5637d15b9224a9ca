# multiple inheritance: C3 linearization, diamond, method resolution, MRO errors
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
    def only_right(self):
        return "only in Right"
class Diamond(Left, Right):
    pass
class Diamond2(Right, Left):
    pass
print([k.__name__ for k in Diamond.__mro__], Diamond().who(), Diamond().only_right())
print([k.__name__ for k in Diamond2.__mro__], Diamond2().who())
print(Diamond.mro() == list(Diamond.__mro__))
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(Base, Base):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X:
    attr = "X"
class Y:
    attr = "Y"
    yonly = "y only"
class XY(X, Y):
    pass
class YX(Y, X):
    pass
print(XY.attr, YX.attr, XY.yonly)
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return "Named"
class Combo(Mixin, Named):
    pass
print(Combo().greet(), [k.__name__ for k in Combo.__mro__])
print(isinstance(Combo(), Mixin), isinstance(Combo(), Named), issubclass(Z, D))
print(Z.__bases__)
