class Account:
    def __init__(self, balance):
        self.balance = balance

acct = Account(10)
print(acct.balanse)
