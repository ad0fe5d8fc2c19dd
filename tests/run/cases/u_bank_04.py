# compound interest table
def compound(principal, rate, years, per_year=12):
    return principal * (1 + rate / per_year) ** (per_year * years)

print(f"{'Year':>4} | {'Balance':>12} | {'Gain':>10}")
print("-" * 32)
p = 1000.0
prev = p
for year in range(1, 11):
    bal = compound(p, 0.05, year)
    print(f"{year:>4} | {bal:>12,.2f} | {bal - prev:>+10.2f}")
    prev = bal
rates = [0.01, 0.025, 0.05, 0.075]
for r in rates:
    print(f"{r:.1%} -> {compound(10000, r, 30):_.0f}")
months = 0
balance = 5000.0
while balance > 0:
    balance = balance * 1.01 - 150
    months += 1
print("paid off after", months, "months; last", round(balance, 4))
print(format(1234567.891, ",.1f"), format(-0.5, "08.3f"), format(42, "#x"))
