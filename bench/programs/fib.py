# Recursive calls: naive Fibonacci (about 2.7 million Python-to-Python calls).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in (28, 31, 33):
        r = fib(n)
        print("fib(%d) = %d" % (n, r))
        total += r
    print("checksum", total)


main()
