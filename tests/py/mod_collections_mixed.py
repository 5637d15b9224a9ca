# combining collections types: Counter + defaultdict + deque + namedtuple + OrderedDict in small tasks
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
Order = namedtuple("Order", "id customer item qty")
orders = [Order(1, "ann", "apple", 3), Order(2, "bob", "pear", 1), Order(3, "ann", "pear", 2),
          Order(4, "cy", "apple", 5), Order(5, "bob", "apple", 1), Order(6, "ann", "fig", 4)]
by_customer = defaultdict(list)
for o in orders:
    by_customer[o.customer].append(o.id)
print(dict(by_customer))
item_qty = Counter()
for o in orders:
    item_qty[o.item] += o.qty
print(item_qty, item_qty.most_common(1), item_qty.total())
per_cust = Counter(o.customer for o in orders)
print(per_cust.most_common(), sorted(per_cust.elements()))
recent = deque(maxlen=3)
for o in orders:
    recent.append(o.id)
print(recent, [orders[i - 1].item for i in recent])
ranking = OrderedDict(sorted(item_qty.items(), key=lambda kv: -kv[1]))
print(ranking, next(iter(ranking)), list(reversed(ranking)))
ranking.move_to_end("apple")
print(list(ranking))
biggest = max(orders, key=lambda o: o.qty)
print(biggest, biggest._asdict(), biggest._replace(qty=0))
totals = defaultdict(Counter)
for o in orders:
    totals[o.customer][o.item] += o.qty
print({k: dict(v) for k, v in totals.items()})
queue = deque(sorted(orders, key=lambda o: (-o.qty, o.id)))
served = []
while queue:
    o = queue.popleft()
    served.append(o.id)
    if o.qty > 4:
        queue.append(o._replace(qty=o.qty - 4))
print(served)
hist = Counter(len(o.item) for o in orders)
print(sorted(hist.items()), hist[5], hist[99])
graph = defaultdict(set)
for o in orders:
    graph[o.customer].add(o.item)
print({k: sorted(v) for k, v in sorted(graph.items())})
