import asyncio


async def consume(queue_factory, handlers):
    async for message in (
        queue_factory()
    ):
        print(message)
    async for (key,
               value) in queue_factory(
                   "second"):
        handlers[key](value)
    async for item in \
            queue_factory(
                3):
        pass
    else:
        return [m async for m in
                queue_factory()]
