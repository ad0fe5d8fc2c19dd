# deque keeps a gap before its items so appendleft/popleft are O(1): check that every
# operation sees the right items whatever the gap.
from collections import deque
d = deque()
for i in range(100):
    d.appendleft(i)
for i in range(30):
    d.popleft()
print(len(d), d[0], d[-1], d[5], list(d)[:3], 42 in d, d.index(50), d.count(7))
d[0] = 'x'
d[-1] = 'y'
print(d[0], d[-1], bool(d))
d.rotate(3)
print(list(d)[:5])
d.extendleft([1, 2, 3])
print(list(d)[:5], d.pop(), d.popleft())
d.remove(50)
del d[1]
print(len(d), list(d)[:4], d == deque(list(d)), d.copy() == d)
q = deque(range(10), maxlen=5)
q.appendleft(-1)
print(q)
q.popleft(); q.append(99)
print(q, q[0], q[-1])
big = deque()
for i in range(100000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total)
for i in range(100000):
    big.appendleft(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1])
try:
    deque().popleft()
except IndexError as e:
    print(e)
try:
    d[1000]
except IndexError as e:
    print(e)
