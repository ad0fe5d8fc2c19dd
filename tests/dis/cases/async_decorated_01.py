import functools
def deco(f):
    @functools.wraps(f)
    async def wrapper(*args, **kwargs):
        return await f(*args, **kwargs)
    return wrapper
@deco
async def job(x):
    return x
