words = ["a", "bb"]
print("lengths:", len(w) for w in words if w)
