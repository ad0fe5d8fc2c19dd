make = lambda n: (i for i in range(n))
gen_lambda = lambda: (yield)
gen_lambda2 = lambda x: (yield x) or (yield from range(x))
print(list(make(3)), list(gen_lambda2(2)))

def fib():
    a, b = 0, 1
    while 1:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 10)))
print([*itertools.takewhile(lambda v: v < 50, fib())])
