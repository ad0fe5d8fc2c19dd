# A thrown exception's traceback starts at the point of suspension.
def inner():
    yield "waiting"

def outer():
    yield from inner()

g = outer()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
g = outer()
next(g)
g.throw(TypeError, "thrown with value")
