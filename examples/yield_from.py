# yield from delegates to a subgenerator: values, send() and the return value pass through.
def subgen():
    x = yield "sub: first"
    print("sub got", x)
    yield "sub: second"
    return "sub result"


def delegator():
    result = yield from subgen()
    print("delegator got", result)
    yield "delegator: done"


d = delegator()
print(next(d))
print(d.send("hi"))
print(next(d))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4]], 5])))
