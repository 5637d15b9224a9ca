# program: bank account simulation with custom exceptions, transfers and a ledger
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance
class AccountClosed(Exception):
    pass
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.open = True
        self.history = []
    def _check(self):
        if not self.open:
            raise AccountClosed(f"account {self.number} is closed")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def close(self):
        self.open = False
    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance}>"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("  transfer failed:", e, "| shortfall", e.shortfall)
        return False
    try:
        dst.deposit(amount)
    except AccountClosed as e:
        print("  rollback:", e)
        src.deposit(amount)
        return False
    return True
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.1)
carol = Account("carol")
print(alice, bob, carol)
print(transfer(alice, bob, 30), alice, bob)
print(transfer(carol, alice, 10))
print(bob.add_interest(), bob)
carol.close()
print(transfer(bob, carol, 20), bob)
for bad in [-5, 0]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    carol.deposit(1)
except AccountClosed as e:
    print(type(e).__name__, e)
print(alice.history)
print(bob.history)
accounts = [alice, bob, carol]
print(sorted(accounts, key=lambda a: a.balance), sum(a.balance for a in accounts))
print(isinstance(bob, Account), type(bob).__name__, Account.next_number)
