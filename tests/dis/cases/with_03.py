def f(lock):
    with lock:
        pass
