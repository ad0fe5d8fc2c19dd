rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 99.99)]
print(f"{'Item':<12}|{'Qty':>5}|{'Price':>8}")
print("-" * 27)
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>5}|{price:>8.2f}")
print("{:=^27}".format(" total "))
print("{:>26.2f}".format(sum(q * p for _, q, p in rows)))
print("%-12s|%5d|%8.2f" % rows[0])
