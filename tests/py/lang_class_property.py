# property: getter, setter, deleter, read-only errors, computed attributes, inheritance
class Celsius:
    def __init__(self, t=0.0):
        self._t = t
    @property
    def temperature(self):
        print("  getting")
        return self._t
    @temperature.setter
    def temperature(self, v):
        print("  setting", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v
    @temperature.deleter
    def temperature(self):
        print("  deleting")
        del self._t
    @property
    def fahrenheit(self):
        return self._t * 9 / 5 + 32
c = Celsius(20)
print(c.temperature)
c.temperature = 37.5
print(c.fahrenheit)
try:
    c.temperature = -500
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.temperature
print(hasattr(c, "_t"))
try:
    c.temperature
except AttributeError as e:
    print(type(e).__name__, e)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc="area of rect")
    def _get_w2(self):
        return self.w * 2
    def _set_w2(self, v):
        self.w = v / 2
    double_w = property(_get_w2, _set_w2)
r = Rect(3, 4)
print(r.area, Rect.area.__doc__, r.double_w)
r.double_w = 10
print(r.w, r.area)
print(type(Rect.area).__name__, isinstance(Rect.__dict__["area"], property))
class Base:
    @property
    def name(self):
        return "base"
class Sub(Base):
    @property
    def name(self):
        return "sub of " + super().name
print(Sub().name)
class NoDeleter:
    @property
    def x(self):
        return 1
n = NoDeleter()
try:
    del n.x
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value + lz.value, lz.computed)
