import sys
import traceback
def inner(a, b=2):
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals), f.f_lineno)
    print(sys._getframe(1).f_locals["z"])
def outer():
    z = "outer-local"
    inner(1)
outer()
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
def fail(n):
    if n == 0:
        raise KeyError(n)
    fail(n - 1)
try:
    fail(3)
except KeyError as e:
    tb = e.__traceback__
    print(len(traceback.format_tb(tb)), tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    print(traceback.format_exception(type(e), e, tb)[-1], end="")
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError, ValueError("v")))
