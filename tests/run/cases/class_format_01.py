class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:,.2f}"
        return format(self.amount, spec)
m = Money(1234.5)
print(f"{m:usd}", f"{m:.1f}", "{:usd}".format(m), format(m, ">10"))
class NoFormat:
    pass
print(format(NoFormat(), "") == str(NoFormat()) or "differs")
try:
    print(f"{NoFormat():>5}")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
