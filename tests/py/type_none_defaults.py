# None as sentinel: default arguments, optional returns, dict.get, chained lookups, filtering
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, [0]))
def bad_default(item, target=[]):
    target.append(item)
    return target
print(bad_default(1), bad_default(2), bad_default(3) is bad_default(4))
config = {"db": {"host": "h", "port": None}, "cache": None}
print(config.get("db", {}).get("port"), config.get("cache"), (config.get("cache") or {}).get("x"))
print(config["db"]["port"] is None, "port" in config["db"], config.get("missing", {}).get("x", "dflt"))
results = [None, 0, "", [], "ok", None, False]
print([r for r in results if r is not None], [r for r in results if r], results.count(None))
print(sum(1 for r in results if r is None), list(filter(None, results)), list(map(lambda r: r is None, results)))
def maybe_div(a, b):
    return None if b == 0 else a / b
out = [maybe_div(10, b) for b in (2, 0, 5, 0)]
print(out, [o for o in out if o is not None], sum(o or 0 for o in out))
x = None
x = x or 10
y = 0
y = y if y is not None else 10
print(x, y)
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
head = Node(1, Node(2, Node(3)))
vals = []
node = head
while node is not None:
    vals.append(node.val)
    node = node.nxt
print(vals, node, head.nxt.nxt.nxt)
def chain(*fs):
    def run(v):
        for f in fs:
            if v is None:
                return None
            v = f(v)
        return v
    return run
p = chain(lambda v: v + 1, lambda v: None if v > 5 else v, lambda v: v * 10)
print(p(1), p(5), p(None))
print(max([None, 2], key=lambda v: v is not None), min([(None is None, 2), (False, 1)]))
print(dict.fromkeys("ab"), list({None: 1}.keys()), [None] == [None], None is None is not False)
