import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what


async def main():
    result = await say_after(1, "hello")
    print("got", result)
    await say_after(1, "world")


asyncio.run(main())
