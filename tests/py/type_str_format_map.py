# str.format_map and %-formatting with mappings, incl. dict subclasses with __missing__
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Al", "age": 40}))
print("{name} has {pets}".format_map(Default(name="Bea")))
print("{a}-{b}-{a}".format_map(Default(a=1)))
print("{x[0]}".format_map({"x": "hey"}))
print("{k:>6}|{k:<6}|{v:.2f}".format_map({"k": "key", "v": 2.5}))
print("%(name)s/%(name)r/%(n)03d" % {"name": "n", "n": 7})
print("%(a)s %(b)s" % Default(a="A"))
try:
    print("{missing}".format_map({}))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("{}".format_map({}))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{0}".format_map({0: "zero"}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("{a}".format_map([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("{a}".format_map())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % {"b": 1})
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"a": 1}, "%(a)s" % {"a": {"b": 2}})
print("%(x)s" % {"x": 1, "unused": 2}, "plain" % {"x": 1})
settings = {"host": "localhost", "port": 8080, "debug": True}
print("{host}:{port} debug={debug}".format(**settings))
print("{host}:{port} debug={debug!r:>6}".format_map(settings))
print("%(host)s:%(port)d" % settings)
template = "{greet}, {who}! x{n}"
for who, n in (("Ann", 1), ("Bob", 22)):
    print(template.format_map({"greet": "Hi", "who": who, "n": n}))
