from contextlib import contextmanager
@contextmanager
def opened(path, log):
    log.append("open " + path)
    try:
        yield path.upper()
    finally:
        log.append("close " + path)
log = []
with opened("a.txt", log) as a, opened("b.txt", log) as b:
    log.append(f"use {a} {b}")
print(log)
def early():
    with opened("c.txt", log):
        return "returned"
print(early(), log[-1])
