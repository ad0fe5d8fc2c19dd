# Bank queue simulation
import random
from collections import deque

random.seed(11)

class Customer:
    _next = 1
    def __init__(self, arrival):
        self.id = Customer._next
        Customer._next += 1
        self.arrival = arrival
        self.service = random.randint(2, 6)

    def __repr__(self):
        return f"C{self.id}"

queue = deque()
tellers = [None, None]
waits = []
log = []
for t in range(30):
    if random.random() < 0.45:
        queue.append(Customer(t))
    for i in range(len(tellers)):
        c = tellers[i]
        if c is not None:
            c.service -= 1
            if c.service == 0:
                log.append(f"t={t} teller{i} done {c}")
                tellers[i] = None
        if tellers[i] is None and queue:
            nxt = queue.popleft()
            waits.append(t - nxt.arrival)
            tellers[i] = nxt
print("\n".join(log[:8]))
print("served:", len(waits), "waiting:", list(queue))
print(f"avg wait {sum(waits) / len(waits):.2f}, max {max(waits)}")
print("busy:", tellers)
