import threading

lock = threading.Lock()


def first_match(paths, needle):
    for p in paths:
        with open(p) as f:
            for line in f:
                if needle in line:
                    return p, line
                elif not line:
                    break
                else:
                    continue
    return None


def locked(items):
    for item in items:
        with lock:
            if item is None:
                continue
            if item < 0:
                break
            try:
                return item
            finally:
                print("released")
    else:
        return "none"


def nested_with(a, b):
    with a as x, b as y:
        with x:
            return y
