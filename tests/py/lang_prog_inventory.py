# program: inventory/order system using classes, dicts, sorting, exceptions and reports
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
class Item:
    def __init__(self, sku, name, price_cents, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def order(self, lines):
        for sku, n in lines:
            if sku not in self.items:
                raise KeyError(sku)
            if self.items[sku].qty < n:
                raise OutOfStock(sku, n, self.items[sku].qty)
        total = 0
        for sku, n in lines:
            self.items[sku].qty -= n
            total += self.items[sku].price * n
            self.log.append(("sell", sku, n))
        return total
    def report(self):
        rows = sorted(self.items.values(), key=lambda i: (-i.qty * i.price, i.sku))
        for it in rows:
            value = it.qty * it.price
            print(f"  {it.sku:<6}{it.name:<12}{it.qty:>5} x {it.price / 100:>6.2f} = {value / 100:>9.2f}")
        print(f"  {'total':<18}{sum(i.qty for i in rows):>5}{'':>11}{sum(i.qty * i.price for i in rows) / 100:>11.2f}")
inv = Inventory()
for args in [("A1", "widget", 250, 100), ("B2", "gadget", 1999, 5), ("C3", "doohickey", 75, 40), ("A1", "widget", 250, 20)]:
    inv.add(Item(*args))
inv.report()
orders = [[("A1", 10), ("C3", 4)], [("B2", 6)], [("Z9", 1)], [("B2", 5), ("A1", 110)], [("B2", 1)]]
for o in orders:
    try:
        cents = inv.order(o)
        print(f"order {o} ok: ${cents / 100:.2f}")
    except OutOfStock as e:
        print("out of stock:", e, "| sku attr:", e.sku)
    except KeyError as e:
        print("unknown sku:", e)
inv.report()
print(inv.items)
summary = {}
for action, sku, n in inv.log:
    summary.setdefault(action, {}).setdefault(sku, 0)
    summary[action][sku] += n
print(summary)
print(sorted(inv.items, key=lambda s: inv.items[s].qty), [i.sku for i in inv.items.values() if i.qty == 0])
