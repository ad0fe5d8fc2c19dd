print(chr(65), chr(8364), chr(128512) == "😀", ord("a"), ord("€"), ord(b"A"), ord(bytearray(b"z")))
print([chr(c) for c in range(97, 102)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    print(ord("ab"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
