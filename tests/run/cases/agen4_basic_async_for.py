def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def main():
    async for i in countdown(3):
        print("tick", i)
    total = 0
    async for i in countdown(5):
        if i == 4:
            continue
        if i == 2:
            break
        total += i
    else:
        print("not reached")
    print("total", total)
    async for i in countdown(0):
        print("never")
    else:
        print("empty loop else")
    return "done"


print(run(main()))
