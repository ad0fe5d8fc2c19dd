# Running blocking requests calls concurrently in the loop's thread pool with run_in_executor.
import asyncio
import time

import requests

URLS = [
    "https://www.python.org",
    "https://docs.python.org",
    "https://pypi.org",
]


async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, requests.get, url) for url in URLS]
    for url, response in zip(URLS, await asyncio.gather(*futures)):
        print(url, len(response.content))


start = time.time()
asyncio.run(main())
print(f"took {time.time() - start:.2f} s")
