rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 3.0)]
print("%-8s %5s %8s" % ("item", "qty", "price"))
for name, q, p in rows:
    print("%-8s %5d %8.2f" % (name, q, p))
total = sum(q * p for _, q, p in rows)
print("%-8s %14.2f" % ("total", total))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
