# Bound methods, unbound functions taken from a class, classmethods and staticmethods.
import dis


class Account:
    rate = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount):
        return amount * Account.rate


acct = Account.open("ann")
print("bound method:")
dis.dis(acct.deposit)
print("function from the class:")
dis.dis(Account.deposit)
print("classmethod, bound to the class:")
dis.dis(Account.open)
print("staticmethod:")
dis.dis(Account.fee)
print("the classmethod object itself:")
dis.dis(Account.__dict__["open"])
print(acct.deposit(10), Account.fee(4))
