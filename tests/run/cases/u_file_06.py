import io
import os

buf = io.StringIO()
buf.write("alpha\nbeta\n")
print("gamma", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print([l.rstrip("\n") for l in buf])
src = io.StringIO("x=1\ny=2\n# comment\nz = 3\n")
cfg = {}
for line in src:
    line = line.split("#", 1)[0].strip()
    if line:
        k, v = (p.strip() for p in line.split("="))
        cfg[k] = int(v)
print(cfg)
b = io.BytesIO(b"hello world")
print(b.read(5), b.tell(), b.read())
os.makedirs("u_file_06_dir/sub", exist_ok=True)
for name in ["b.txt", "a.txt", "sub/c.txt"]:
    with open(os.path.join("u_file_06_dir", name), "w") as f:
        f.write(name)
print(sorted(os.listdir("u_file_06_dir")))
for root, dirs, files in sorted(os.walk("u_file_06_dir")):
    print(root, sorted(dirs), sorted(files))
for name in ["b.txt", "a.txt", "sub/c.txt"]:
    os.remove(os.path.join("u_file_06_dir", name))
os.rmdir("u_file_06_dir/sub")
os.rmdir("u_file_06_dir")
print(os.path.exists("u_file_06_dir"))
print(os.path.splitext("archive.tar.gz"), os.path.join("a", "b", "c.txt"), os.path.dirname("/x/y/z"))
try:
    os.rmdir("u_file_06_dir")
except OSError as e:
    print(type(e).__name__, e.strerror, e.filename)
try:
    os.path.join("a", 1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
