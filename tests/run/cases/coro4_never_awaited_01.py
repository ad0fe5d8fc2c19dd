# "coroutine ... was never awaited", at the moment the coroutine dies.
async def job(n):
    return n

def make():
    job(1)
    print("after discarding job(1)")

make()
c = job(2)
print("dropping c")
del c
print("after del")
started = job(3)
try:
    started.send(None)
except StopIteration:
    print("awaited: no warning")
closed = job(4)
closed.close()
del closed
print("closed: no warning")
