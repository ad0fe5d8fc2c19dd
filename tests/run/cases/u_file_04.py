import os

FNAME = "u_file_04.bin"
payload = bytes(range(0, 256, 17))
with open(FNAME, "wb") as f:
    n = f.write(payload)
    f.write(b"\x00END")
print(n)
with open(FNAME, "rb") as f:
    head = f.read(4)
    rest = f.read()
print(head, head.hex(), len(rest), rest[-3:])
print(list(payload[:5]), payload.hex(" ", 4) if hasattr(payload, "hex") else None)
with open(FNAME, "r+b") as f:
    f.seek(2)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read(6))
with open(FNAME, "rb") as f:
    chunks = []
    while True:
        chunk = f.read(5)
        if not chunk:
            break
        chunks.append(len(chunk))
print(chunks)
os.remove(FNAME)
f = open(FNAME, "w")
try:
    f.write(b"bytes into text file")
finally:
    f.close()
    os.remove(FNAME)
