def retry(fn, attempts=3):
    for attempt in range(attempts):
        try:
            return fn()
        except ConnectionError as e:
            last = e
            continue
        except Exception:
            raise
        finally:
            print("attempt", attempt)
    raise RuntimeError("failed") from last


def drain(q):
    while True:
        try:
            item = q.get_nowait()
        except Exception:
            break
        try:
            yield item
        finally:
            q.task_done()
