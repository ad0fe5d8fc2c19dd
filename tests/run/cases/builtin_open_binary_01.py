import os
name = "tmp_open_binary_01.bin"
with open(name, "wb") as f:
    f.write(bytes(range(256)))
    f.write(b"\r\n")
with open(name, "rb") as f:
    data = f.read()
    print(len(data), data[:5], data[-4:], type(data).__name__)
with open(name, "rb") as f:
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    print(f.read())
print(os.path.getsize(name))
os.remove(name)
