import os
d = "tmp_mod_os_02_tree"
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
for name in ["a/one.txt", "a/b/two.txt", "three.txt"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
for root, dirs, files in sorted(os.walk(d)):
    print(root.replace(os.sep, "/"), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(d))
print(os.environ.get("PYCO_SURELY_UNSET_VAR", "unset"), os.getenv("PYCO_SURELY_UNSET_VAR"))
try:
    os.rmdir(d)
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
