# Frame objects and traceback entries of a call that returned never show a later call of
# the same function (which may run in the same reused frame).
import sys


def f(n, old_tb=None, old_frame=None):
    if old_tb is not None:
        fr = old_tb.tb_frame
        print("old tb frame sees n == 2:", fr.f_locals.get("n") == 2, "fr" in fr.f_locals)
    if old_frame is not None:
        print("old frame:", old_frame.f_locals["n"], old_frame.f_lineno)
        print("old frame back:", old_frame.f_back.f_code.co_name)
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__, sys._getframe()


tb1, frame1 = f(1)
f(2, tb1, frame1)
for i in range(3):
    f(i, tb1, frame1)


def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        fr = e.__traceback__.tb_frame
        x = 5
        print(sorted(fr.f_locals), fr.f_lineno)


g()
g()
