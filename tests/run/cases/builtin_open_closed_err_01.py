import os
name = "tmp_open_closed_err_01.txt"
with open(name, "w") as f:
    f.write("data")
os.remove(name)
f.write("more")
