print(bytes("abc", "ascii"), bytes([104, 105]), bytes(b"copy"), bytes(bytearray(b"ba")))
print(list(b"AZ"), b"A"[0], bytes.fromhex("4142"), b"ab".hex())
print(str(b"x", "ascii"), bytearray(b"ab").decode())
try:
    print(bytes("abc"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
