import itertools

class Bank:
    _ids = itertools.count(1)

    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, initial=0):
        acct_id = next(self._ids)
        self.accounts[acct_id] = {"owner": owner, "balance": initial}
        return acct_id

    def transfer(self, src, dst, amount):
        try:
            a = self.accounts[src]
            b = self.accounts[dst]
        except KeyError as e:
            raise LookupError(f"unknown account {e.args[0]}") from e
        if a["balance"] < amount:
            raise ValueError(f"insufficient funds in account {src}")
        a["balance"] -= amount
        b["balance"] += amount

    def total(self):
        return sum(a["balance"] for a in self.accounts.values())


bank = Bank("First")
x = bank.open("Ann", 500)
y = bank.open("Ben", 20)
z = bank.open("Cid")
ops = [(x, y, 100), (y, z, 200), (x, 7, 5), (y, z, 120)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok {src}->{dst} {amt}")
    except (LookupError, ValueError) as e:
        print(f"failed {src}->{dst}: {type(e).__name__}: {e}")
        if e.__cause__ is not None:
            print("  caused by", repr(e.__cause__))
for k, v in bank.accounts.items():
    print(k, v)
print("total", bank.total())
bank.transfer(1, 42, 1)
