import os

class ManagedFile:
    def __init__(self, path, mode="r"):
        self.path, self.mode = path, mode
        self.f = None

    def __enter__(self):
        self.f = open(self.path, self.mode)
        print("opened", self.path, self.mode)
        return self.f

    def __exit__(self, *exc):
        self.f.close()
        print("closed", self.path, "error:", exc[0].__name__ if exc[0] else None)

path = "u_ctx_03.tmp"
with ManagedFile(path, "w") as f:
    f.write("hello\nworld\n")
with ManagedFile(path) as f:
    print(f.read().split())
try:
    with ManagedFile(path) as f:
        for line in f:
            int(line)
except ValueError as e:
    print("ValueError:", e)
print(f.closed)
os.remove(path)

with open(__file__) as me:
    first = me.readline()
print(first.strip())

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with ManagedFile("does_not_exist.txt") as f:
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
with ManagedFile(__file__) as f:
    f.write("read-only")
