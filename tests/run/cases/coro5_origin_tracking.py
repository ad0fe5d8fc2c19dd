# sys.set_coroutine_origin_tracking_depth: cr_origin, and where an unawaited coroutine was made.
import sys

async def job():
    return 1

def make():
    return job()

print(sys.get_coroutine_origin_tracking_depth())
c = make()
print(c.cr_origin)
del c
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = make()
print(c.cr_origin)
c.close()
def outer():
    return make()
c = outer()
print(c.cr_origin)
del c
print("after del")
sys.set_coroutine_origin_tracking_depth(4)
def deep(n):
    if n == 0:
        return job()
    return deep(n - 1)
c = deep(3)
print(len(c.cr_origin), c.cr_origin[-1])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(0)
print(make().cr_origin)
try:
    sys.set_coroutine_origin_tracking_depth("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_coroutine_origin_tracking_depth(depth=1)
    print(sys.get_coroutine_origin_tracking_depth())
except TypeError as e:
    print("TypeError:", e)
