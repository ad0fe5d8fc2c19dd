data = [("a", 1), ("b", None)]
result = sorted(data, key=lambda p: p[1] * 2)
