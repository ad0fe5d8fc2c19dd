def gen(n):
    try:
        for i in range(n):
            try:
                yield i
            finally:
                if i == 2:
                    return
    finally:
        print("cleanup")


def gen_with(path):
    with open(path) as f:
        try:
            yield from f
        except OSError:
            yield None
        else:
            yield "eof"


def gen_break():
    while True:
        try:
            x = yield
        except StopIteration:
            break
        finally:
            continue


print(list(gen(5)))
