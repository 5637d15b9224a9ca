# uncaught custom exception class with a message
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"cannot withdraw {amount}, balance is {balance}")
    return balance - amount

b = 100
b = withdraw(b, 30)
print("balance", b)
b = withdraw(b, 80)
print("never")
