import traceback

def a():
    b()

def b():
    c()

def c():
    raise LookupError("deep problem")

try:
    a()
except LookupError:
    tb = traceback.format_exc()
    lines = tb.strip().splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for l in lines if l.strip().startswith("File")))

try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))

def handler():
    try:
        [][0]
    except IndexError as e:
        return e

e = handler()
print(type(e).__name__, e, e.__traceback__ is not None)
print(e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)
a()
