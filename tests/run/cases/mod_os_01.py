import os
here = os.getcwd()
print(os.path.basename(here), os.path.dirname(os.path.abspath(__file__)) == here)
print(os.path.abspath("x.txt") == os.path.join(here, "x.txt"), os.sep, os.curdir, os.pardir)
print(sorted(n for n in os.listdir("pkg_shapes") if n.endswith(".py")))
d = "tmp_mod_os_01_dir"
os.mkdir(d)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hi")
print(os.listdir(d), os.path.getsize(os.path.join(d, "f.txt")))
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
print(os.listdir(d))
os.remove(os.path.join(d, "g.txt"))
os.rmdir(d)
print(os.path.exists(d), type(os.environ).__name__, isinstance(os.getpid(), int))
