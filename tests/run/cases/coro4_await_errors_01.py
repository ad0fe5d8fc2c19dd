# TypeErrors of awaiting non-awaitables.
async def leaf():
    return 1

class NoIter:
    def __await__(self):
        return 5

class ReturnsCoro:
    def __await__(self):
        return leaf()

class ReturnsList:
    def __await__(self):
        return [1, 2]

async def awaiting(obj):
    return await obj

for obj in (5, None, "s", NoIter(), ReturnsList(), [1]):
    try:
        awaiting(obj).send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
awaiting(ReturnsCoro()).send(None)
