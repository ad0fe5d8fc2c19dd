import asyncio
import concurrent.futures
import requests


def blocking_io(url):
    return requests.get(url, timeout=5).status_code


def cpu_bound():
    return sum(i * i for i in range(10 ** 7))


async def main(urls):
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_io, urls[0])
    print('default thread pool', result)
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [loop.run_in_executor(pool, blocking_io, u) for u in urls]
        for status in await asyncio.gather(*futures):
            print('custom thread pool', status)
    with concurrent.futures.ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(
            pool, cpu_bound)
        print('custom process pool', result)


if __name__ == '__main__':
    asyncio.run(main(['https://example.com', 'https://python.org']))
