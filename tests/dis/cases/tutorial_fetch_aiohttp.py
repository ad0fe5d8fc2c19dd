# Fetching URLs concurrently with aiohttp. Needs `pip install aiohttp`.
import asyncio
import time

import aiohttp

URLS = [
    "https://www.python.org",
    "https://docs.python.org",
    "https://pypi.org",
]


async def fetch(session, url):
    async with session.get(url) as response:
        body = await response.read()
        return url, len(body)


async def main():
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, url) for url in URLS))
    for result in results:
        print(result)


start = time.time()
asyncio.run(main())
print(f"took {time.time() - start:.2f} s")
