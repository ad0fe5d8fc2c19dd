import contextlib
@contextlib.contextmanager
def transaction():
    print("begin")
    try:
        yield
    except ZeroDivisionError:
        print("rollback")
        raise
    else:
        print("commit")
with transaction():
    print("ok work")
with transaction():
    1 / 0
