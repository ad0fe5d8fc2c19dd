import traceback
def fail():
    raise KeyError("inner key")
try:
    fail()
except KeyError:
    traceback.print_exc()
print("continuing after print_exc")
try:
    fail()
except KeyError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
