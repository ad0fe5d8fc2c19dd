def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1], 2))
def first_dup(s):
    seen = set()
    for ch in s:
        if ch in seen:
            return ch
        seen.add(ch)
print(first_dup("abcdb"), first_dup("abc"))
