data = bytes(range(65, 75))
print(data, data[2:5], data[::-1], data.lower(), data.find(b"E"), data.hex(" "))
print(list(b"\x00\x01\xff"), b"abc" * 2, b"a b  c".split(), b"x".join([b"1", b"2"]))
print(b"%s=%d" % (b"key", 5), bytes.fromhex("ff00"), int.from_bytes(b"\x01\x02", "big"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba += b"!"
print(ba, ba.decode(), bytes(ba) == b"Jello!", len(ba), ba.count(b"l"))
