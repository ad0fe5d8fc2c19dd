def countdown(n):
    print("Counting down from", n)
    while n > 0:
        yield n
        n -= 1
    print("Done counting down")


c = countdown(3)
print(next(c))
print(next(c))
print(next(c))
try:
    next(c)
except StopIteration:
    pass

def gen_echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'

g = gen_echo()
print(next(g), g.send('hi'), g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print(e.value)
