from functools import lru_cache

@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

@lru_cache(maxsize=128)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

@lru_cache()
def lcs(a, b):
    if not a or not b:
        return ""
    if a[-1] == b[-1]:
        return lcs(a[:-1], b[:-1]) + a[-1]
    x, y = lcs(a[:-1], b), lcs(a, b[:-1])
    return x if len(x) >= len(y) else y

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
print(grid_paths(10, 10), grid_paths(16, 16))
print(grid_paths.cache_info())
print(lcs("AGGTAB", "GXTXAYB"))
edit_distance.cache_clear()
print(edit_distance.cache_info())
print(edit_distance.__name__, edit_distance.__wrapped__.__name__)
print(edit_distance([1], [2]))
