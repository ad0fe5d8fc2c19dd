import os
print(os.path.exists("no_such_file_here.txt"))
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename, isinstance(e, OSError))
except OSError:
    print("other OSError")
try:
    open("no_such_dir/file.txt", "w")
except OSError as e:
    print(type(e).__name__, e.filename)
def load(name):
    with open(name) as f:
        return f.read()
try:
    load("missing.cfg")
except IOError as e:
    print("IOError is OSError:", IOError is OSError, e.args[1])
try:
    load("missing_again.txt")
except FileNotFoundError as e:
    raise RuntimeError("config file missing") from None
