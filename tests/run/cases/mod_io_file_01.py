import os
path = "tmp_mod_io_file_01.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.closed, f.mode, f.name)
    f.write("first line\n")
    f.writelines(["second\n", "thïrd\n"])
    print("to file", 42, file=f)
print(f.closed)
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
for i, line in enumerate(open(path)):
    print(i, repr(line))
with open(path, "rb") as f:
    data = f.read()
print(len(data), type(data).__name__)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename)
try:
    open(path, "rw")
except ValueError as e:
    print(e)
f = open("tmp_mod_io_file_01b.txt", "w")
f.close()
os.remove("tmp_mod_io_file_01b.txt")
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
