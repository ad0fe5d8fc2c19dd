# Errors in finally blocks of collected generators are "ignored" (unraisable).
def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

g = bad_finally()
next(g)
del g
print("after del")

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2

i = ignorer()
next(i)
i = None
print("end")
