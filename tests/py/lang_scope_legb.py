# LEGB name resolution, class scope not enclosing methods, shadowing builtins
x = "global"
def f():
    x = "enclosing"
    def g():
        x = "local"
        return x
    def h():
        return x
    return g(), h(), x
print(f(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
class A:
    val = "class attr"
    def method(self):
        try:
            return val
        except NameError as e:
            return "NameError: " + str(e)
    def method2(self):
        return self.val, A.val
print(A().method())
print(A().method2())
y = 1
class B:
    y = 2
    z = y * 10
    def get(self):
        return y
print(B.z, B().get())
def outer():
    items = []
    class Local:
        def add(self, v):
            items.append(v)
            return items
    return Local()
print(outer().add(5))
def counter_scope():
    total = 0
    for i in range(3):
        total += i
    return total, i
print(counter_scope())
def local_before_global():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        return type(e).__name__
print(local_before_global())
z = "module z"
def read_then_global():
    global z
    old = z
    z = "rebound"
    return old
print(read_then_global(), z)
def parameters_are_local(x):
    x = x + " modified"
    return x
print(parameters_are_local("param"), x)
def nested_class_scope():
    v = "function v"
    class C:
        v = "class v"
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(nested_class_scope())
if True:
    block_var = "visible after if"
print(block_var)
for loop_var in range(2):
    in_loop = loop_var
print(loop_var, in_loop)
