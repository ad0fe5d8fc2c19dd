# traceback through several frames ending the script
class Order:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.line_total(i) for i in self.items)

    def line_total(self, item):
        return item["price"] * item["qty"]

def checkout(order):
    subtotal = order.total()
    return round(subtotal * 1.08, 2)

print(checkout(Order([{"price": 2.5, "qty": 4}, {"price": 10, "qty": 1}])))
print(checkout(Order([{"price": 2.5, "qty": 4}, {"price": 10}])))
