# sys.excepthook(type, value, tb) shows tb only for an exception that has no traceback
# (the code runs from a string, so the reports have no source lines to differ on).
import sys

SOURCE = '''
def a():
    raise ValueError("a")

def b():
    raise KeyError("b")

try:
    a()
except ValueError as e:
    ea = e
try:
    b()
except KeyError as e:
    eb = e
sys.excepthook(type(ea), ea, eb.__traceback__)
print(ea.__traceback__ is eb.__traceback__)
x = ValueError("no tb")
sys.excepthook(ValueError, x, eb.__traceback__)
print(x.__traceback__ is eb.__traceback__)
sys.excepthook(KeyError, eb, None)
'''
exec(compile(SOURCE, "<gen>", "exec"))
sys.stdout.flush()


class I(int):
    pass


class A:
    def __sizeof__(self):
        return I(5)


print(sys.getsizeof(A(), 0) - sys.getsizeof(object(), 0) > 0)


class Huge:
    def __sizeof__(self):
        return sys.maxsize


try:
    print(sys.getsizeof(Huge()) >= sys.maxsize)
except OverflowError:
    print(True)
