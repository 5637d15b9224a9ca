# program: LRU cache built on dict insertion order, used to memoize a slow function; stats printed
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c, c.get("b", "evicted"))
c.put("c", "C2")
print(c)
print(c.hits, c.misses, c.evictions)
def lru(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()
        def wrapper(*args):
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
calls = 0
@lru(100)
def paths(r, c):
    global calls
    calls += 1
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), calls, paths.cache.hits, paths.cache.misses, paths.cache.evictions)
calls = 0
@lru(2)
def slow_square(n):
    global calls
    calls += 1
    return n * n
seq = [1, 2, 1, 3, 1, 2, 2, 4, 4, 1]
print([slow_square(n) for n in seq], calls, slow_square.cache)
