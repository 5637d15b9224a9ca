# closures capture variables (not values): late binding in loops and after reassignment
fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print([f() for f in fs])
i = 100
print([f() for f in fs])
fs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs])
def make():
    out = []
    for k in range(3):
        def show():
            return k
        out.append(show)
    k = "final"
    return out
print([f() for f in make()])
def make_bound():
    out = []
    for k in range(3):
        def factory(v):
            def show():
                return v
            return show
        out.append(factory(k))
    return out
print([f() for f in make_bound()])
def late():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(late())
msgs = {}
for name in ["a", "b"]:
    msgs[name] = lambda: "hello " + name
print(msgs["a"](), msgs["b"]())
gens = [(n * m for m in range(2)) for n in range(3)]
print([list(g) for g in gens])
def cell_shared():
    funcs = []
    v = 0
    for _ in range(3):
        v += 1
        funcs.append(lambda: v)
    return [f() for f in funcs]
print(cell_shared())
def default_snapshot():
    v = "first"
    f = lambda v=v: v
    v = "second"
    return f(), (lambda: v)()
print(default_snapshot())
