# Receipt formatting
items = [("Coffee", 2, 3.5), ("Bagel w/ cream cheese", 1, 4.25), ("Orange juice", 3, 2.99), ("Tip", 1, 2)]
width = 40
print("=" * width)
print(f"{'RECEIPT':^{width}}")
print("=" * width)
total = 0
for name, qty, price in items:
    line = qty * price
    total += line
    label = name if len(name) <= 20 else name[:17] + "..."
    print(f"{label:<20} {qty:>3} x {price:>6.2f} {line:>7.2f}")
print("-" * width)
tax = total * 0.0825
print(f"{'Subtotal':<30}{total:>10.2f}")
print(f"{'Tax (8.25%)':<30}{tax:>10.2f}")
print(f"{'TOTAL':<30}{total + tax:>10.2f}")
print(f"{'':=^{width}}")
print("{:<10}|{:^10}|{:>10}".format("a", "b", "c"))
print("{0:08.3f} {1:+,d} {2!r:>8}".format(3.14159, 1000000, "hi"))
print("{:%}".format(0.256), "{:.1%}".format(1/3), format(0.5, ".0%"))
print(format(1234.5, "010.2f"), format(-1234.5, "010.2f"), format(1234.5, "=+12.2f"))
print(format("x", "^5"), format(255, "08b"), format(3, "c") if False else format(65, "c"))
print(format(12345678, ",d").replace(",", " "))
print("{:,.2f}".format("1234"))
