# uncaught IndexError from popping an empty list after draining a stack
stack = [1, 2, 3]
stack.append(4)
print(stack)
while len(stack) > 1:
    print("popped", stack.pop())
print("remaining", stack)
try:
    [1].pop(5)
except IndexError as e:
    print("caught:", e)
try:
    [].pop(0)
except IndexError as e:
    print("caught:", e)
print(stack.pop(0), stack)
queue = []
queue.extend("ab")
print(queue.pop(), queue.pop(), queue)
print(len(queue), bool(queue))
def drain(lst):
    out = []
    while lst:
        out.append(lst.pop())
    return out
print(drain([5, 6, 7]))
print("popping from empty list now")
empty = []
empty.pop()
print("unreachable")
