import sys
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.exc_info() == (None, None, None))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
