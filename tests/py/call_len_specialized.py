# len(x) at a hot call site: exact containers are read directly, everything
# else (user __len__, subclasses, errors, a shadowed len) still behaves.
class Sized:
    def __len__(self):
        return 7

class BadLen:
    def __len__(self):
        return -1

class MyList(list):
    def __len__(self):
        return 99

def total(values):
    n = 0
    for v in values:
        n += len(v)
    return n

items = [[1, 2, 3], (1, 2), "héllo", {1: 2, 3: 4}, {1, 2, 3}, frozenset([1]), "", [], b"abc", range(10)]
for _ in range(50):
    t = total(items)
print(t)
print(total([Sized(), MyList([1, 2]), {1: 2}.keys()] * 20))

def safe_len(v):
    try:
        return len(v)
    except TypeError as e:
        return str(e)

for v in [[1]] * 40 + [3, None, 2.5]:
    r = safe_len(v)
print(r)
try:
    for i in range(40):
        len(BadLen() if i == 39 else [i])
except ValueError as e:
    print("ValueError", e)

# A list changing size under the hot site.
grow = []
sizes = []
for i in range(40):
    grow.append(i)
    sizes.append(len(grow))
print(sizes[-5:])

# Shadowing the builtin after the site specialized.
def measure(v):
    return len(v)
for _ in range(40):
    measure([1, 2])
len = lambda v: -1
print(measure([1, 2]))
del len
print(measure([1, 2]))
