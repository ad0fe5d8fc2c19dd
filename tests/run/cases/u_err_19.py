prices = {"apple": 1.0}
print(prices.get("apple") * 2)
print(prices.get("pear") * 2)
