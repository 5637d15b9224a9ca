# global and nonlocal declarations, including global in nested functions
count = 0
def incr():
    global count
    count += 1
incr(); incr()
print(count)
def set_new_global():
    global created_later
    created_later = "made inside function"
set_new_global()
print(created_later)
def nested_global():
    def inner():
        global count
        count = 100
    inner()
    return count
print(nested_global(), count)
x = "global x"
def outer():
    x = "outer x"
    def inner():
        global x
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
def nl():
    v = 1
    def a():
        nonlocal v
        v += 10
    def b():
        nonlocal v
        v *= 2
    a(); b(); a()
    return v
print(nl())
def nl_nested():
    v = "outer"
    def mid():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
    mid()
    return v
print(nl_nested())
def shadow():
    count = "local"
    def inner():
        nonlocal count
        count = count + "!"
    inner()
    return count
print(shadow(), count)
def read_global():
    return x
print(read_global())
def global_list():
    data.append(len(data))
data = []
global_list(); global_list()
print(data)
def conditional_global(flag):
    global g_flag
    if flag:
        g_flag = "set"
conditional_global(False)
print("g_flag" in globals())
conditional_global(True)
print(g_flag)
def loop_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(5)], n
print(loop_counter())
