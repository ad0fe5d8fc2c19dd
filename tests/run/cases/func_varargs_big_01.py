def total(*nums):
    return sum(nums), len(nums)
print(total(*range(1000)))
print(total(*[1] * 300, *[2] * 300))
def kw(**k):
    return len(k), sum(k.values())
print(kw(**{f"k{i}": i for i in range(500)}))
