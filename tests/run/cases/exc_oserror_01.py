import os
import errno
e = OSError(errno.ENOENT, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
print(type(OSError(errno.EEXIST, "exists")).__name__, type(OSError(errno.EACCES, "denied")).__name__)
print(str(OSError("just a message")), OSError("a", "b").args)
print(FileNotFoundError("plain").errno, str(FileNotFoundError("plain")))
try:
    os.remove("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("remove:", e.strerror, e.filename)
try:
    os.listdir("definitely_missing_dir")
except OSError as e:
    print("listdir:", type(e).__name__)
