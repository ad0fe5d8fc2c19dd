from collections import defaultdict
orders = [
    ("alice", "apple", 3, 0.5),
    ("bob", "pear", 2, 0.75),
    ("alice", "pear", 1, 0.75),
    ("carol", "apple", 10, 0.45),
    ("bob", "apple", 4, 0.5),
]
by_customer = defaultdict(float)
by_item = defaultdict(int)
for customer, item, qty, price in orders:
    by_customer[customer] += qty * price
    by_item[item] += qty
print(f"{'customer':<10}{'total':>8}")
for name, total in sorted(by_customer.items(), key=lambda kv: -kv[1]):
    print(f"{name:<10}{total:>8.2f}")
print(dict(by_item), max(by_item, key=by_item.get))
print(sum(q for _, _, q, _ in orders), round(sum(by_customer.values()), 2))
