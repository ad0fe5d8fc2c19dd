from collections import deque

class Queue:
    def __init__(self, capacity=None):
        self._data = deque()
        self.capacity = capacity

    def enqueue(self, x):
        if self.capacity is not None and len(self._data) >= self.capacity:
            raise OverflowError("queue is full")
        self._data.append(x)

    def dequeue(self):
        try:
            return self._data.popleft()
        except IndexError:
            raise IndexError("dequeue from empty queue") from None

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)


q = Queue(3)
for i in "abc":
    q.enqueue(i)
try:
    q.enqueue("d")
except OverflowError as e:
    print(e)
print(list(q), len(q))
print(q.dequeue(), q.dequeue())
q.enqueue("z")
print(list(q))
d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
print(d)
d.appendleft(0)
print(d, d.maxlen)
d.rotate(2)
print(d)
d.extendleft("xy")
print(d)
print(d.count(1), d.index(2) if 2 in d else None)
q.dequeue(); q.dequeue()
q.dequeue()
