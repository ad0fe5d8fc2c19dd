import os
name = "tmp_open_closed_err_01.txt"
with open(name, "w") as f:
    f.write("data")
os.remove(name)
try:
    f.write("more")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
