prices = {"tea": 3.5, "coffee": 4.25, "juice": 5.0}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name:<8}{price:>6.2f}")
print([k for k, v in prices.items() if v > 4], sum(prices.values()))
for i, (k, v) in enumerate(sorted(prices.items(), key=lambda kv: kv[1], reverse=True), 1):
    print(i, k)
