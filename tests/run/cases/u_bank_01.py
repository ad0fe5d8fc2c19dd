class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance:.2f} is less than {amount:.2f}")
        self.balance = balance
        self.amount = amount


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        interest = self._balance * self.interest_rate
        self._balance += interest
        return interest

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.05


acc = Account("Alice", 100)
acc.deposit(50)
acc.withdraw(30)
print(acc)
try:
    acc.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e, e.args)
try:
    acc.deposit(-5)
except ValueError as e:
    print("Error:", e)
s = SavingsAccount("Bob", 12345.678)
print(f"interest: {s.add_interest():.3f}")
print(s)
print(acc.history)
acc.withdraw(500)
