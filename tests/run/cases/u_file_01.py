import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "pyco_u_file_01.txt")
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    f.writelines(["line three\n", "line four\n"])
with open(path) as f:
    print(f.read())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1])
print(os.path.exists(path), os.path.basename(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, os.path.basename(e.filename))
open(path, "q")
