words = ["a", "b"]
print("-".join(words))
nums = [1, 2, 3]
print(", ".join(nums))
