people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
nums = [5, -3, 2, -8, 1]
print(sorted(nums, key=abs), sorted(nums, reverse=True), nums)
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
