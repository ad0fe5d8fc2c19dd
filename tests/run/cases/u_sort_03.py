import functools

def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    for x, y in zip(pa, pb):
        if x != y:
            return -1 if x < y else 1
    return (len(pa) > len(pb)) - (len(pa) < len(pb))

versions = ["1.10", "1.2", "1.2.1", "0.9", "1.2.0", "2", "1.1"]
print(sorted(versions))
print(sorted(versions, key=functools.cmp_to_key(compare_versions)))
print(sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=functools.cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs).lstrip("0") or "0"

print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]))

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]))
records.sort(key=lambda r: r[0])
records.sort(key=lambda r: r[1], reverse=True)
print(records)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(v) for v in versions]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
print(sorted([1, 2], cmp=lambda a, b: a - b))
