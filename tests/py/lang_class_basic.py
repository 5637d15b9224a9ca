# classes: __init__, methods, attributes, instances, bound methods, repr of classes
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
    def describe(self):
        return "%s (%d)" % (self.name, self.age)
d = Dog("Rex", 3)
print(d.name, d.age, d.species, d.speak())
print(d.birthday().birthday().describe())
print(Dog.species, Dog.speak(d), Dog)
print(type(d), type(d).__name__, d.__class__.__name__, Dog.__name__)
e = Dog("Fido")
print(e.describe(), e.species is d.species)
m = d.speak
print(m(), type(m).__name__, m.__self__ is d, m.__func__ is Dog.speak)
class Empty:
    pass
x = Empty()
x.anything = 5
x.other = "dynamic"
print(x.anything, x.other, sorted(vars(x)))
print(Empty, Empty.__name__, Empty.__module__)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(0, 0)
q = p.moved(3, 4)
print(p.dist2(q), q.x, q.y, p.x)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
inc = c.inc
inc(); inc(5)
print(c.n)
print([Dog(n).speak() for n in ["A", "B"]])
print(isinstance(d, Dog), isinstance(d, object), isinstance(5, Dog))
class WithClassBodyCode:
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
print(WithClassBodyCode.items, WithClassBodyCode.total, WithClassBodyCode.i)
print(getattr(d, "name"), getattr(d, "color", "unknown"))
setattr(d, "color", "brown")
print(d.color, hasattr(d, "color"))
delattr(d, "color")
print(hasattr(d, "color"))
