# Exception context and sys.exc_info() inside generators.
import sys

def gen():
    try:
        yield 1
    except ValueError as e:
        print("context inside:", repr(e.__context__))
        raise

g = gen()
next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("v"))
    except ValueError as e:
        print("context outside:", repr(e.__context__))

def handling():
    try:
        raise IndexError("inside")
    except IndexError:
        yield 1
        print("exc_info after resume:", repr(sys.exc_info()[1]))
        raise TypeError("t")

g = handling()
next(g)
print("exc_info outside:", sys.exc_info())
try:
    next(g)
except TypeError as e:
    print("context:", repr(e.__context__))

def inner():
    try:
        raise KeyError("k")
    except KeyError:
        yield "i"
        raise ValueError("from inner")

def outer():
    try:
        raise IndexError("o")
    except IndexError:
        yield from inner()

g = outer()
next(g)
try:
    next(g)
except ValueError as e:
    print("chain:", repr(e.__context__), repr(e.__context__.__context__))

def sees_caller():
    yield repr(sys.exc_info()[1])

try:
    raise OSError("caller's")
except OSError:
    print(next(sees_caller()))
