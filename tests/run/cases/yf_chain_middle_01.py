# Driving a level in the middle of a suspended `yield from` chain directly, then the head.
def leaf(tag):
    n = 0
    while True:
        got = yield (tag, n)
        n += 1
        if got == "stop":
            return ("leaf", tag, n)


def mid(tag, depth):
    if depth:
        r = yield from mid(tag, depth - 1)
    else:
        r = yield from leaf(tag)
    print("mid", depth, "got", r)
    yield ("mid-after", depth)
    return ("mid", depth)


head = mid("A", 4)
print(next(head))
middle = head.gi_yieldfrom.gi_yieldfrom
print(middle.send("x"))
print(head.send("y"))
print(middle.send("stop"))
print(head.send(None))
print(head.send(None))
try:
    print(middle.throw(KeyError("k")))
except KeyError as e:
    print("KeyError", e)
print(head.send(None))
print(head.send(None))
print(next(head, "end"))

head = mid("B", 3)
print(next(head))
middle = head.gi_yieldfrom
middle.close()
print(middle.gi_frame, head.gi_yieldfrom is middle)
try:
    print(head.send(1))
except StopIteration as e:
    print("stop", e.value)
except RuntimeError as e:
    print("RuntimeError", e)

head = mid("C", 3)
next(head)
inner = head.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom
try:
    head.gi_yieldfrom.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e, inner.gi_frame, head.gi_frame is not None)
print(next(head, "head-end"))
