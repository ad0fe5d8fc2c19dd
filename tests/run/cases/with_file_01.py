import os
path = "tmp_with_file_01.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
print(f.closed)
with open(path) as f:
    for line in f:
        print(repr(line))
os.remove(path)
print(os.path.exists(path))
