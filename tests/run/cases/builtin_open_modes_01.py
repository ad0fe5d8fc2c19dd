import os
name = "tmp_open_modes_01.txt"
with open(name, "w", newline="") as f:
    f.write("a\r\nb\nc\rd")
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.read()))
with open(name, "r+") as f:
    f.write("X")
    f.seek(0)
    print(repr(f.read(3)))
with open(name, "x" if not os.path.exists(name) else "w") as f:
    print(f.mode, f.name, f.closed)
print(f.closed)
try:
    with open(name, "x"):
        pass
except FileExistsError as e:
    print("FileExistsError", e.strerror)
os.remove(name)
