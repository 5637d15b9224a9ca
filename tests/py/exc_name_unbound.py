# NameError and UnboundLocalError messages
try:
    print(not_defined)
except NameError as e:
    print(type(e).__name__, e)

def use_global_missing():
    return missing_global + 1
try:
    use_global_missing()
except NameError as e:
    print(type(e).__name__, e)

total = 10
def shadow():
    total = total + 1
    return total
try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def later_assignment(flag):
    if flag:
        y = 1
    return y
print(later_assignment(True))
try:
    later_assignment(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def after_del():
    z = 5
    del z
    return z
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_var_unbound():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        r = type(e).__name__ + ": " + str(e)
    w = 1
    return r
print(free_var_unbound())

g_var = 1
del g_var
try:
    g_var
except NameError as e:
    print(type(e).__name__, e)

try:
    del never_existed
except NameError as e:
    print(type(e).__name__, e)

class C:
    try:
        print(class_missing)
    except NameError as e:
        print("in class:", e)
print(isinstance(UnboundLocalError("x"), NameError))
