import sys

class InputError(ValueError):
    def __init__(self, value, reason):
        self.value = value
        self.reason = reason
        super().__init__(value, reason)

    def __str__(self):
        return f"bad input {self.value!r}: {self.reason}"

def get_age(s):
    if not s.strip():
        raise InputError(s, "empty")
    if not s.isdigit():
        raise InputError(s, "not a number")
    age = int(s)
    if age > 150:
        raise InputError(s, "unrealistic")
    return age

for s in ["42", "", "abc", "200", " 7"]:
    try:
        print(get_age(s))
    except InputError as e:
        print(e, "| args:", e.args)
        info = sys.exc_info()
        print("  exc_info:", info[0].__name__, info[1] is e, info[2] is not None)
print(sys.exc_info())
try:
    get_age("x")
except ValueError as e:
    print("caught as ValueError:", repr(e))
err = InputError(1, "r")
print(err.with_traceback(None) is err)
get_age("1000")
