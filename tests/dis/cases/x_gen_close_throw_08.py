class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


def worker():
    with Resource() as r:
        while True:
            try:
                item = yield
            except KeyError as exc:
                print("key error", exc)
                continue
            except (TypeError, ValueError):
                break
            print("got", item)
    yield "after"


w = worker()
next(w)
w.send(1)
w.throw(KeyError("k"))
print(w.throw(TypeError))
w.close()
