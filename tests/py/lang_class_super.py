# super(): zero-arg and explicit, cooperative multiple inheritance in diamonds
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def go(self):
        return ["A.go"]
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")
    def go(self):
        return ["B.go"] + super().go()
class C(A):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.trail.append("C")
        print("C.__init__ end")
    def go(self):
        return ["C.go"] + super().go()
class D(B, C):
    def __init__(self):
        print("D.__init__ start")
        super().__init__()
        self.trail.append("D")
    def go(self):
        return ["D.go"] + super().go()
d = D()
print(d.trail)
print(d.go())
print(super(B, d).go(), super(C, d).go())
class Base:
    def __init__(self, **kw):
        self.extra = kw
class WithX(Base):
    def __init__(self, x=0, **kw):
        self.x = x
        super().__init__(**kw)
class WithY(Base):
    def __init__(self, y=0, **kw):
        self.y = y
        super().__init__(**kw)
class XY(WithX, WithY):
    pass
o = XY(x=1, y=2, z=3)
print(o.x, o.y, o.extra)
class Parent:
    @classmethod
    def create(cls):
        return "created " + cls.__name__
    @staticmethod
    def helper():
        return "static helper"
    def __repr__(self):
        return "Parent-repr"
class Kid(Parent):
    @classmethod
    def create(cls):
        return super().create() + " via Kid"
    def __repr__(self):
        return "Kid(" + super().__repr__() + ")"
print(Kid.create(), Kid().helper(), repr(Kid()))
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
c = Counter()
c["a"] = 5
print(c)
class Shape:
    def describe(self):
        return "shape"
class Square(Shape):
    def describe(self):
        def inner():
            return "inner"
        return super().describe() + "/square/" + inner()
print(Square().describe())
class L1:
    def name(self):
        return "L1"
class L2(L1):
    def name(self):
        return "L2>" + super(L2, self).name()
class L3(L2):
    def name(self):
        return "L3>" + super(L2, self).name()
print(L3().name())
