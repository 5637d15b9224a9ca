# program: vending machine state machine driven by an event list, with a transition table
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.sales = []
    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            return f"ignored {event!r} in state {self.state!r}"
        return method(arg)
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "has_credit"
        return f"credit {self.credit}"
    def on_has_credit_coin(self, amount):
        self.credit += amount
        return f"credit {self.credit}"
    def on_has_credit_select(self, item):
        if item not in self.PRICES:
            return f"unknown item {item!r}"
        if self.stock[item] == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more for {item}"
        self.credit -= price
        self.stock[item] -= 1
        self.sales.append(item)
        if self.credit == 0:
            self.state = "idle"
        return f"vend {item}, credit {self.credit}"
    def on_has_credit_refund(self, _):
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return f"refund {change}"
    @staticmethod
    def make_change(amount):
        coins = {}
        for c in (100, 25, 10, 5):
            if amount >= c:
                coins[c], amount = divmod(amount, c)
        return coins
vm = VendingMachine()
events = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25),
          ("select", "cola"), ("coin", 100), ("select", "candy"), ("select", "water"), ("select", "chips"),
          ("refund", None), ("refund", None), ("coin", 200), ("select", "chips"), ("coin", 5), ("select", "cola"),
          ("refund", None)]
for ev, arg in events:
    before = vm.state
    result = vm.handle(ev, arg)
    print(f"{before:>10} --{ev}({arg})--> {vm.state:<10} : {result}")
print(vm.sales, vm.stock, vm.credit)
print(VendingMachine.make_change(190), VendingMachine.make_change(0), VendingMachine.make_change(45))
TRANSITIONS = {("locked", "coin"): "unlocked", ("locked", "push"): "locked",
               ("unlocked", "push"): "locked", ("unlocked", "coin"): "unlocked"}
state = "locked"
trace = [state]
for e in ["push", "coin", "coin", "push", "push", "kick", "coin"]:
    state = TRANSITIONS.get((state, e), state)
    trace.append(state)
print(" > ".join(trace))
