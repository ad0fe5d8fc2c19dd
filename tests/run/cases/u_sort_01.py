people = [("Alice", 30, "NYC"), ("bob", 25, "LA"), ("Carol", 35, "NYC"), ("dave", 25, "SF"), ("Eve", 30, "LA")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(2, 1)))
names = [p[0] for p in people]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda x: x % 3)
print(nums)

class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return f"P({self.name},{self.age})"

objs = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(objs, key=attrgetter("age")))
print(max(objs, key=attrgetter("age")), min(objs, key=lambda o: o.name))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(set(w.lower() for w in words)))
print(sorted("hello world"), "".join(sorted("dcba")))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(objs))
