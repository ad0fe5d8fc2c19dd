def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def main():
    async with Manager("a") as v:
        print("inside", v)
    async with Manager("b", True):
        raise KeyError("suppressed")
    print("after b")
    async with Manager("c") as x, Manager("d") as y:
        print(x, y)
    try:
        async with Manager("e"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(str(i)):
            if i == 1:
                break
    return "ok"


print(run(main()))
