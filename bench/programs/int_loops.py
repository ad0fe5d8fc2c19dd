# Loops over ints: a sieve of Eratosthenes, then nested loops with int arithmetic.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    total = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            acc += (i * j) % 7 ^ (i + j) & 15
        acc %= 1000000007
    return acc


def collatz_steps(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


def main():
    count, total = sieve(3000000)
    print("primes below 3 * 10**6:", count, total)
    print("nested:", nested(1000))
    print("collatz:", collatz_steps(100000))


main()
