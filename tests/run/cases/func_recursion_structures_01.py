def depth(x):
    return 1 + max((depth(v) for v in x), default=0) if isinstance(x, list) else 0
def total(x):
    return sum(total(v) for v in x) if isinstance(x, list) else x
tree = [1, [2, [3, 4], 5], [[6]]]
print(depth(tree), total(tree))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(powerset([1, 2, 3]))
