import aiohttp
import asyncio

URLS = [
    "https://example.com",
    "https://python.org",
    "https://docs.python.org/3/",
]


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.text()


async def fetch_all(urls, limit=2):
    sem = asyncio.Semaphore(limit)

    async def bounded(url):
        async with sem:
            try:
                return url, len(await fetch(session, url))
            except aiohttp.ClientError as e:
                return url, repr(e)

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*[bounded(u) for u in urls])


def main():
    loop = asyncio.get_event_loop()
    for url, size in loop.run_until_complete(fetch_all(URLS)):
        print(f"{url!r:40} {size}")


main()
