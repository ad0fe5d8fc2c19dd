# Hot potato with a circular queue, and a priority queue via heapq
import heapq
from collections import deque

def hot_potato(names, num):
    q = deque(names)
    order = []
    while len(q) > 1:
        q.rotate(-num)
        order.append(q.pop())
    return order, q[0]

print(hot_potato(["Bill", "David", "Susan", "Jane", "Kent", "Brad"], 7))


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0

    def push(self, priority, task):
        heapq.heappush(self._heap, (priority, self._counter, task))
        self._counter += 1

    def pop(self):
        priority, _, task = heapq.heappop(self._heap)
        return priority, task

    def __len__(self):
        return len(self._heap)


pq = PriorityQueue()
for p, t in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    pq.push(p, t)
while pq:
    print(pq.pop())
nums = [5, 1, 8, 3, 9, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
heapq.heapify(nums)
print(nums[0], sorted(nums))
print(heapq.nsmallest(2, ["pear", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
pq.pop()
