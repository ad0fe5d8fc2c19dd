class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __eq__(self, other):
        return self.balance == other.balance

    def __add__(self, other):
        return Account(f"{self.owner}&{other.owner}", self.balance + other.balance)

    def __bool__(self):
        return self.balance > 0

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


accts = [Account("a", 50), Account("b", 0), Account("c", 75), Account("d", 50)]
print(sorted(accts))
print(max(accts), min(accts))
print([a.owner for a in accts if a])
print(accts[0] + accts[2])
print(accts[0] == accts[3], accts[0] <= accts[3] if hasattr(Account, "__le__") else "no __le__")
print(accts[0] > accts[1])
print(sum(accts, Account("start", 0)))
try:
    print(accts[0] <= accts[3])
except TypeError as e:
    print("TypeError:", e)
print(accts[0] + 5)
