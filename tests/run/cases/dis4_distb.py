# distb: the frame a traceback stopped in, with --> at the failing instruction; with no
# argument, sys.last_traceback (missing in a script: RuntimeError).
import dis
import sys


def divide(a, b):
    return a / b


def outer():
    return divide(1, 0)


try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    dis.dis()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("explicit traceback (outermost frame):")
    dis.distb(tb)
    print("innermost frame:")
    while tb.tb_next:
        tb = tb.tb_next
    dis.distb(tb)
    sys.last_traceback = e.__traceback__
    print("sys.last_traceback via dis.dis():")
    dis.dis()
