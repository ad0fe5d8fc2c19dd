# Two-sum, group anagrams, first unique char, etc.
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None

def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())

def first_unique(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1

def longest_consecutive(nums):
    s = set(nums)
    best = 0
    for n in s:
        if n - 1 not in s:
            m = n
            while m + 1 in s:
                m += 1
            best = max(best, m - n + 1)
    return best

def majority(nums):
    counts = {}
    for n in nums:
        counts[n] = counts.get(n, 0) + 1
        if counts[n] > len(nums) // 2:
            return n

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(first_unique("leetcode"), first_unique("loveleetcode"), first_unique("aabb"))
print(longest_consecutive([100, 4, 200, 1, 3, 2]), longest_consecutive([]))
print(majority([2, 2, 1, 1, 1, 2, 2]))
d = {}
d[(1, 2)] = "tuple key"
d[1.0] = "float"
d[1] = "int overwrites"
d[True] = "bool overwrites"
print(d)
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
for k in d:
    d[k + (0,) if isinstance(k, tuple) else k + 1] = 0
