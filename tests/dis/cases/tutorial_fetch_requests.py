# Fetching URLs one after another with requests (blocking). Needs `pip install requests`.
import time

import requests

URLS = [
    "https://www.python.org",
    "https://docs.python.org",
    "https://pypi.org",
]


def fetch(url):
    response = requests.get(url)
    return url, len(response.content)


start = time.time()
for url in URLS:
    print(fetch(url))
print(f"took {time.time() - start:.2f} s")
