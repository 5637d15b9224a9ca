# truthiness: __bool__, __len__ fallback, errors from bad __bool__
class T:
    def __bool__(self):
        print("  __bool__ called")
        return True
class F:
    def __bool__(self):
        return False
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(T()), bool(F()), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
if T():
    print("T is truthy")
if not F():
    print("F is falsy")
print("yes" if L(2) else "no", "yes" if L(0) else "no")
print(T() and "and-result", F() or "or-result", not L(0))
x = L(0) or L(5)
print(x.n)
while F():
    print("never")
print([bool(v) for v in [L(1), F(), Neither()]])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1); s.push(2)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
print(any([F(), L(0)]), all([T(), L(1)]))
print(list(filter(None, [F(), T(), L(0)])).__len__())
class Toggle:
    def __init__(self):
        self.state = False
    def __bool__(self):
        self.state = not self.state
        return self.state
t = Toggle()
print(bool(t), bool(t), bool(t))
