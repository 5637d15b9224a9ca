# program: singly linked list with iteration, reversal, insertion, deletion and dunders
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll)
ll.remove(2)
ll.remove(4)
print(ll, 3 in ll, 2 in ll, list(ll), sum(ll))
try:
    ll.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
empty = LinkedList()
print(empty, len(empty), list(empty), bool(empty))
words = LinkedList("the quick brown fox".split())
print(words, [w.upper() for w in words], max(words, key=len))
def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va)
            va = next(ia, None)
        else:
            out.append(vb)
            vb = next(ib, None)
    return out
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
