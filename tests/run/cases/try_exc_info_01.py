import sys
def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else None, v, tb is not None)
show()
try:
    raise IndexError("idx")
except IndexError:
    show()
    try:
        raise KeyError("k")
    except KeyError:
        show()
    show()
show()
