# Benchmark-like: many small objects with attributes, method calls, a
# linked structure rebuilt each round (richards/deltablue style churn).
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.seen = {}

    def total(self):
        t, n = 0, self
        while n is not None:
            t += n.value
            n = n.next
        return t


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
        head.seen[i] = head  # a cycle per node
    return head


checksum = 0
for r in range(30):
    head = build(2000)
    checksum = (checksum * 31 + head.total()) % 1000003
print("objects", checksum)
