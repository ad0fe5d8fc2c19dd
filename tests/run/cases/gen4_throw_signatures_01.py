# throw() with a type, a type and value, an instance, and a traceback.
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args, e.__traceback__ is not None)

c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, 5)
c.throw(ValueError, (1, 2))
c.throw(ValueError, ValueError("inst"))
c.throw(ValueError, None)
c.throw(ValueError("x"))
c.throw(LookupError, KeyError("sub"))
try:
    raise KeyError("k")
except KeyError as e:
    tb = e.__traceback__
c.throw(ValueError, None, tb)
c.throw(ValueError, 1, None)
for args in ((ValueError("x"), 5), (1,), (ValueError, None, 5), (object,), ("str",)):
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
c.throw(ValueError, 1, 2, 3)
