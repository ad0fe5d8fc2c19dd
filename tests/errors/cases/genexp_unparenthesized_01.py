nums = [3, 1, 2]
total = sum(x * x for x in nums, 10)
print(total)
