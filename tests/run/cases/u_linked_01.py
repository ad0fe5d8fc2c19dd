class Node:
    def __init__(self, data, next=None):
        self.data = data
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for x in iterable:
            self.append(x)

    def append(self, data):
        node = Node(data)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, data):
        self.head = Node(data, self.head)
        self._size += 1

    def remove(self, data):
        prev, cur = None, self.head
        while cur:
            if cur.data == data:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{data!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.data
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, item):
        return any(x == item for x in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, x in enumerate(self):
            if i == index:
                return x
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"


ll = LinkedList([1, 2, 3])
ll.prepend(0)
ll.append(4)
print(ll, len(ll))
ll.remove(2)
ll.reverse()
print(ll, 3 in ll, 2 in ll)
print(ll[0], ll[-1], list(ll))
print(LinkedList())
try:
    ll.remove(99)
except ValueError as e:
    print(e)
print(ll[10])
