# class attributes vs instance attributes, shadowing, mutation of shared class data
class Config:
    debug = False
    plugins = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
a = Config("a")
b = Config("b")
print(Config.count, a.count, b.count)
a.debug = True
print(a.debug, b.debug, Config.debug, "debug" in a.__dict__, "debug" in b.__dict__)
a.plugins.append("shared!")
print(b.plugins, Config.plugins)
a.plugins = ["own"]
print(a.plugins, b.plugins)
Config.debug = "changed on class"
print(a.debug, b.debug)
del a.debug
print(a.debug)
class Base:
    kind = "base"
    def who(self):
        return self.kind
class Child(Base):
    kind = "child"
print(Base().who(), Child().who())
ch = Child()
ch.kind = "instance"
print(ch.who(), Child.kind, Base.kind)
class Unique:
    next_id = 1
    def __init__(self):
        self.id = Unique.next_id
        Unique.next_id += 1
print([Unique().id for _ in range(4)], Unique.next_id)
class Wrong:
    next_id = 1
    def __init__(self):
        self.id = self.next_id
        self.next_id += 1
w1, w2 = Wrong(), Wrong()
print(w1.id, w2.id, Wrong.next_id, w1.next_id)
class Methods:
    def m(self):
        return "method"
obj = Methods()
obj.m = lambda: "instance override"
print(obj.m(), Methods().m())
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print(a.__dict__, b.__dict__)
Config.new_attr = 42
print(a.new_attr, b.new_attr)
