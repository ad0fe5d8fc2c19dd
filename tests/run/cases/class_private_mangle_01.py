class Account:
    def __init__(self, balance):
        self.__balance = balance
    def balance(self):
        return self.__balance
a = Account(100)
print(a.balance(), a._Account__balance, sorted(vars(a)))
print(a.__balance)
