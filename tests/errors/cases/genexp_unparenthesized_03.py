words = ["a", "bb"]
best = max(key=len, w for w in words)
print(best)
