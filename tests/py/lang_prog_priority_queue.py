# program: binary-heap priority queue class with a task scheduler on top
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._count = 0
    def __len__(self):
        return len(self._heap)
    def push(self, priority, item):
        entry = (priority, self._count, item)
        self._count += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)
    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        top = self._heap[0]
        last = self._heap.pop()
        if self._heap:
            self._heap[0] = last
            self._sift_down(0)
        return top[0], top[2]
    def peek(self):
        return self._heap[0][0], self._heap[0][2]
    def _sift_up(self, i):
        h = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        h = self._heap
        n = len(h)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and h[child] < h[smallest]:
                    smallest = child
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest
pq = PriorityQueue()
for pri, name in [(5, "write report"), (1, "fix bug"), (3, "review"), (1, "deploy"), (4, "lunch"), (2, "email")]:
    pq.push(pri, name)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print(type(e).__name__, e)
nums = [15, 3, 99, 42, 7, 7, 0, -5, 28, 64, 1]
q = PriorityQueue()
for n in nums:
    q.push(n, str(n))
print([q.pop()[0] for _ in range(len(nums))] == sorted(nums))
time = 0
events = PriorityQueue()
for t, ev in [(10, "B arrives"), (2, "A arrives"), (7, "A leaves"), (15, "B leaves"), (7, "C arrives")]:
    events.push(t, ev)
while events:
    time, ev = events.pop()
    print(f"t={time:>3}: {ev}")
    if ev == "C arrives":
        events.push(time + 5, "C leaves")
print("final time", time)
