# Generators: send() ping-pong between a driver and coroutine-style generators (`x = yield`).


def accumulator():
    total = 0
    count = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
        count += 1
    return total, count


def averager():
    avg = None
    total = 0.0
    n = 0
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


def relay(target):
    # Passes each value on and answers with the target's reply, doubled.
    next(target)
    reply = None
    while True:
        x = yield reply
        reply = target.send(x) * 2


def main():
    checksum = 0
    for rnd in range(3):
        acc = accumulator()
        next(acc)
        avg = averager()
        next(avg)
        rel = relay(accumulator())
        rel.send(None)
        value = rnd
        for i in range(600000):
            value = (value * 31 + i) % 1000
            t = acc.send(value)
            a = avg.send(value)
            r = rel.send(value & 7)
        try:
            acc.send(None)
        except StopIteration as stop:
            total, count = stop.value
        checksum += total + count + r
        print(rnd, total, count, "%.6f" % a, r)
    print("checksum", checksum)


main()
