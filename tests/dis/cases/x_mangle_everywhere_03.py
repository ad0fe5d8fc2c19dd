class Account:
    __count = 0
    __slots__ = ("__balance", "__owner")

    def __init__(self, owner, balance=0):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __repr__(self):
        return f"{self.__owner}: {self.__balance} (of {Account.__count}) {self.__fmt()!r}"

    def __fmt(self):
        return {__k: __v for __k, __v in ((1, 2),)}

    @classmethod
    def __private_cm(cls):
        return cls.__count

    class __Ledger:
        __entries = []

        def add(self, *__items, **__opts):
            self.__entries.extend(__items)
            return lambda __x=self.__entries: [__e for __e in __x if __e is not self.__entries]

    def ledger(self):
        return self.__Ledger(), self._Account__Ledger, getattr(self, "__balance", None)
