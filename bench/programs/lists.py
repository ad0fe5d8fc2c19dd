# List operations: append, indexing, slicing, comprehensions, sort, reverse, min/max/sum.


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def main():
    seed = 42
    data = []
    for _ in range(400000):
        seed = lcg(seed)
        data.append(seed % 100000)
    checksum = 0
    for rnd in range(5):
        squares = [x * x for x in data if x % 3 != rnd]
        evens = [x for x in squares if x % 2 == 0]
        checksum += len(squares) * 7 + len(evens)
        copy = data[:]
        copy.sort()
        checksum += copy[len(copy) // 2] + copy[-1] - copy[0]
        copy.reverse()
        checksum += copy[10] + copy.index(copy[1000])
        pairs = [(x % 100, x) for x in data[:20000]]
        pairs.sort()
        checksum += pairs[0][1] + pairs[-1][1]
        stack = []
        for x in data[:50000]:
            if x & 1:
                stack.append(x)
            elif stack:
                checksum += stack.pop()
        checksum += sum(data[rnd::7]) + max(data[rnd::3]) + min(data[rnd::5])
        checksum %= 1 << 61
        print("round", rnd, checksum)
    print("checksum", checksum)


main()
