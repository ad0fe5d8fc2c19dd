import json
import logging
import time
from functools import wraps

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.debug("%s took %.3fs", fn.__name__, time.monotonic() - t0)
    return wrapper


class ApiClient:
    BASE = "https://api.example.com/v1"

    def __init__(self, token: str, retries: int = 3) -> None:
        self.session = requests.Session()
        retry = Retry(total=retries, backoff_factor=0.3,
                      status_forcelist=(500, 502, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update({"Authorization": f"Bearer {token}"})

    @timed
    def get(self, path, **params):
        r = self.session.get(f"{self.BASE}/{path.lstrip('/')}", params=params, timeout=10)
        if r.status_code == 404:
            return None
        r.raise_for_status()
        return r.json()

    def paginate(self, path, per_page=100):
        page = 1
        while True:
            data = self.get(path, page=page, per_page=per_page)
            if not data:
                return
            yield from data
            if len(data) < per_page:
                break
            page += 1

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.session.close()
        return False


if __name__ == "__main__":
    with ApiClient("secret") as api:
        users = [u["login"] for u in api.paginate("/users") if u.get("active")]
        print(json.dumps(users, indent=2, sort_keys=True))
