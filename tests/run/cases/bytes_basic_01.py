b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b"wor" in b, 104 in b, b + b"!", b * 2)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"))
