# single inheritance: overriding, extending via super(), isinstance/issubclass, attribute lookup
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name}: {self.sound}"
    def kind(self):
        return "animal"
    def intro(self):
        return f"I am a {self.kind()} named {self.name}"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat"
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def kind(self):
        return "big " + super().kind()
a, c, l = Animal("generic"), Cat("Tom"), Lion("Leo", "north")
for x in (a, c, l):
    print(x.speak(), "|", x.intro())
print(l.pride, l.name)
print(isinstance(l, Lion), isinstance(l, Cat), isinstance(l, Animal), isinstance(c, Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(Cat, object))
print(Lion.__bases__, Cat.__bases__, Animal.__bases__)
print(Lion.__base__.__name__, [k.__name__ for k in Lion.__mro__])
print(isinstance(c, (int, str, Cat)), issubclass(bool, (str, int)))
class NoInit(Animal):
    pass
n = NoInit("inherited init")
print(n.name, n.speak())
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base hook"
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Base().template(), Derived().template())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(4).area())
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Animal.speak(l), Cat.kind(l), Animal.kind(l))
print(type(l) is Lion, type(l) is Cat, type(l) == Lion)
print(object.__name__, object.__bases__, type.__name__, type(Lion).__name__)
