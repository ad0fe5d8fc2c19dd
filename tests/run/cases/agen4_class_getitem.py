async def gen():
    yield


t = type(gen())
print(t, t.__name__)
print(t[int])
print(type(t[int]))
try:
    t()
except TypeError as e:
    print(e)
