# The traceback module (3.10) prints no "Did you mean" suggestions; the uncaught-exception
# report does. sys.excepthook exists and checks its arguments.
import sys
import traceback


class NoExit:
    pass


try:
    NoExit.__exit__
except AttributeError:
    traceback.print_exc()
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    prnt
except NameError as e:
    print(traceback.format_exception(type(e), e, None))
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
try:
    sys.excepthook(1)
except TypeError as e:
    print("TypeError:", e)
NoExit.__exit__
