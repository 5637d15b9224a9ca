# uncaught IndexError from popleft() on an empty collections.deque
from collections import deque
q = deque([1, 2, 3])
q.appendleft(0)
print(q, q.popleft(), q.pop(), q)
try:
    deque().pop()
except IndexError as e:
    print("caught:", e)
jobs = deque(["build", "test", "deploy"])
while jobs:
    print("running", jobs.popleft())
print("jobs left:", jobs, len(jobs))
window = deque(maxlen=2)
for i in range(4):
    window.append(i)
print(window)
print(window.popleft(), window.popleft(), window)
try:
    window[0]
except IndexError as e:
    print("caught:", e)
print(bool(window), list(window))
print("popleft on an empty deque")
deque().popleft()
print("unreachable")
