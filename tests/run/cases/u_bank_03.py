# ATM simulation with a transaction log and a menu loop driven by a script
class ATM:
    def __init__(self, pin, balance):
        self._pin = pin
        self.balance = balance
        self.attempts = 0
        self.locked = False
        self.log = []

    def check_pin(self, pin):
        if self.locked:
            raise PermissionError("card is locked")
        if pin != self._pin:
            self.attempts += 1
            if self.attempts >= 3:
                self.locked = True
            return False
        self.attempts = 0
        return True

    def run(self, commands):
        for cmd, *args in commands:
            try:
                handler = getattr(self, "do_" + cmd)
            except AttributeError:
                print(f"unknown command {cmd!r}")
                continue
            try:
                result = handler(*args)
            except (ValueError, PermissionError) as e:
                print(f"{cmd}: {e.__class__.__name__}: {e}")
            else:
                print(f"{cmd}: {result}")
            finally:
                self.log.append(cmd)

    def do_balance(self):
        return f"{self.balance:>10.2f}"

    def do_withdraw(self, amount):
        if amount % 20:
            raise ValueError("amount must be a multiple of 20")
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return f"dispensed {amount}"

    def do_pin(self, pin):
        return "accepted" if self.check_pin(pin) else f"wrong pin ({self.attempts} tries)"


atm = ATM(1234, 250.5)
atm.run([("balance",), ("withdraw", 30), ("withdraw", 100), ("pin", 1111), ("pin", 1234),
         ("pin", 1), ("pin", 2), ("pin", 3), ("pin", 1234), ("fly",), ("withdraw", 400), ("balance",)])
print(atm.log)
atm.do_withdraw()
