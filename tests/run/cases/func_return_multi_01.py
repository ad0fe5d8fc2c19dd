def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
def nothing():
    return
print(nothing(), stats([2]))
def early(x):
    if x:
        return "yes"
print(early(0), early(1))
