# uncaught exception raised from a method called through another method
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def drain(self, n):
        return [self.pop() for _ in range(n)]
s = Stack()
for i in range(3):
    s.push(i)
print(s.drain(2))
print(s.drain(2))
