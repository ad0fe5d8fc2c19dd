# x = yield: a generator that receives values through send().
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)  # prime the generator: run it to the first yield
print(avg.send(10))
print(avg.send(20))
print(avg.send(30))


def echo():
    while True:
        received = yield
        print("received:", received)


e = echo()
next(e)
e.send("hello")
e.send("world")
e.close()
