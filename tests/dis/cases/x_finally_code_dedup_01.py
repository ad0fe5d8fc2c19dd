import threading


def worker(lock, items):
    try:
        lock.acquire()
        return [i * 2 for i in items]
    finally:
        lock.release()
        cleanup = [str(i) for i in items]
        notify = lambda: print("released", cleanup)
        notify()


for attempt in range(3):
    try:
        result = worker(threading.Lock(), range(attempt))
    finally:
        def log(msg=attempt):
            print(msg)
        log()
        total = sum(x for x in range(attempt))
