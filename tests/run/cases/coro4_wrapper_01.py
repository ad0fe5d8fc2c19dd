# coro.__await__() returns a coroutine_wrapper with send/throw/close/__next__.
async def leaf(x):
    return x + 1

c = leaf(1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)

c2 = leaf(2)
w2 = c2.__await__()
try:
    w2.send(None)
except StopIteration as e:
    print("send value", e.value)

c3 = leaf(3)
w3 = c3.__await__()
try:
    w3.throw(KeyError("thrown"))
except KeyError as e:
    print("throw raised", repr(e))
c4 = leaf(4)
w4 = c4.__await__()
print(w4.close(), c4.cr_frame)
for call in (lambda: w4.send(), lambda: w4.close(1), lambda: w4.throw()):
    try:
        call()
    except TypeError as e:
        print(e)
