values = [1, 2, 3]
print([v * 2 for v in values])
print([v * factor for v in values])
