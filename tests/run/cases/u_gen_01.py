def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("done")

print(list(take(15, fibonacci())))
cd = countdown(3)
print(next(cd))
print(list(cd))
print(list(cd))

def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

print(list(chunked("abcdefgh", 3)))
print(list(chunked(list(range(7)), 2)))

def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
g = (i * i for i in range(3))
print(type(g).__name__, next(g), next(g), next(g))
next(g)
