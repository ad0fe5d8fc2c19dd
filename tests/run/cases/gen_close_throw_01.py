def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except ValueError as e:
        print("worker saw", e)
        yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
w.close()
print("closed")
g = (i for i in range(3))
print(next(g))
g.close()
print(next(g, "exhausted"))
