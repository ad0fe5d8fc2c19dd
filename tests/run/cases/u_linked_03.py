# Recursive linked-list functions on tuples (cons cells)
def cons(h, t):
    return (h, t)

def from_list(xs):
    out = None
    for x in reversed(xs):
        out = cons(x, out)
    return out

def to_list(lst):
    out = []
    while lst is not None:
        h, lst = lst
        out.append(h)
    return out

def length(lst):
    return 0 if lst is None else 1 + length(lst[1])

def lmap(f, lst):
    return None if lst is None else cons(f(lst[0]), lmap(f, lst[1]))

def merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] <= b[0]:
        return cons(a[0], merge(a[1], b))
    return cons(b[0], merge(a, b[1]))

def has_cycle(head):
    slow = fast = head
    while fast and fast.get("next"):
        slow = slow["next"]
        fast = fast["next"]["next"]
        if slow is fast:
            return True
    return False

l = from_list([1, 4, 9])
print(l)
print(to_list(lmap(lambda x: x * 10, l)), length(l))
print(to_list(merge(from_list([1, 3, 5, 7]), from_list([2, 3, 6]))))
a = {"v": 1}
b = {"v": 2, "next": None}
a["next"] = b
print(has_cycle(a))
b["next"] = a
print(has_cycle(a))
print(length(from_list(list(range(500)))))
h, t = None
