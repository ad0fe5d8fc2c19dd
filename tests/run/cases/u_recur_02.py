def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

def deep_sum(x):
    return sum(deep_sum(i) for i in x) if isinstance(x, list) else x

def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])

nested = [1, [2, [3, [4, (5, 6)]], 7], [[8]]]
print(list(flatten(nested)))
print(deep_sum([1, [2, [3, [4]]], 5]))
arr = list(range(0, 100, 3))
print(binary_search(arr, 27), binary_search(arr, 28))
print(gcd(1071, 462), gcd(17, 5))
print(ackermann(2, 3))
print(count_change(100, [50, 25, 10, 5, 1]))
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
