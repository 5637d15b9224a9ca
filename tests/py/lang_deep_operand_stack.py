# Expressions deeper than a frame's initial operand-stack buffer: every kind
# of push (calls push a NULL, loads, constants) must grow it.
def f(*a):
    return len(a)

class E(Exception):
    pass

calls = [f(), f(1), f(1, 2), f(), E(), E("a"), E("a", "b"), f(), f(3), f(), f(),
         f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(),
         f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(), f(1)]
print(len(calls), [c if isinstance(c, int) else type(c).__name__ for c in calls])

x = 2
nested = (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, (x, None))))))))))))))))))))
depth = 0
while nested is not None:
    depth += 1
    nested = nested[1]
print(depth)

def deep(a):
    return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a,
            f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, f(), a)]
for i in range(3):
    print(deep(i))
print(f(*[f(None, None) for _ in range(30)]), {str(i): i for i in range(20)}["19"])
print(1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + (10 + (11 + (12 + (13 + (14 + (15 + (16 + (17 + (18 + (19 + x)))))))))))))))))))
