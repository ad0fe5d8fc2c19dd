# Generators: a pipeline of chained generator functions and generator expressions.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, k):
    for x in source:
        yield x * k % 1009


def nonzero(source):
    for x in source:
        if x:
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.clear()


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


def main():
    checksum = 0
    for k in (3, 7, 11):
        stage = scaled(numbers(1000000), k)
        stage = nonzero(stage)
        stage = (x + 1 for x in stage if x % 5 != 0)
        stage = windows(stage, 3)
        stage = (a * b - c for a, b, c in stage)
        last = 0
        n = 0
        for last in running_total(stage):
            n += 1
        evens = sum(1 for x in numbers(100000) if x % k == 0)
        checksum += last + n + evens
        print(k, n, last, evens)
    print("checksum", checksum)


main()
