# staticmethod and classmethod: calling via class and instance, alternative constructors
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.deg})"
print(Temp.from_f(212), Temp.from_f(32), Temp(5).from_f(50))
print(Temp.valid(-300), Temp(1).valid(0), Temp.describe(), Temp(3).describe())
class Kelvin(Temp):
    unit = "K"
print(Kelvin.from_f(212), Kelvin.describe(), type(Kelvin.from_f(0)).__name__)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.add(1).add(2).add(3)
print(Registry.count(), Registry.items)
class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))
    PI = 3.14159
    @staticmethod
    def area(r):
        return MathUtil.PI * r * r
print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-5, 0, 10), MathUtil().clamp(5, 0, 10), MathUtil.area(2))
sm = MathUtil.__dict__["clamp"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__)
print(type(Temp.from_f).__name__, type(MathUtil.clamp).__name__)
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def made(cls):
        return cls.count
class Circle(Shape):
    count = 0
class Square(Shape):
    count = 0
Circle(); Circle(); Square()
print(Circle.made(), Square.made(), Shape.made())
def plain(x):
    return x * 2
class Holder:
    double = staticmethod(plain)
    ident = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.double(4), Holder().double(5), Holder.ident(1), Holder().ident(2))
