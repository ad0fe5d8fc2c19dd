# Coroutines awaiting through long chains, driven by send(None), with results and errors.
import types


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


@types.coroutine
def legacy(n):
    got = yield ("legacy", n)
    return got


async def chain(n, fail=False):
    if n == 0:
        a = await Tick("tick")
        b = await legacy(a)
        if fail:
            raise LookupError("deep failure")
        return (a, b)
    try:
        return await chain(n - 1, fail)
    except LookupError as e:
        if n == 3:
            return ("handled at 3", str(e))
        raise


for fail in (False, True):
    c = chain(6, fail)
    print(c.send(None))
    print(c.cr_await is not None, c.cr_running)
    print(c.send("first"))
    try:
        c.send("second")
    except StopIteration as e:
        print("result", e.value)


async def waiter(n):
    if n:
        return await waiter(n - 1)
    return await Tick(cr_state)


def cr_state():
    return top.cr_running


top = waiter(5)
label = top.send(None)
print(label is cr_state, label())
try:
    top.send("x")
except StopIteration as e:
    print("result", e.value)
