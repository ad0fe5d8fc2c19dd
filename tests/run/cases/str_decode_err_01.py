raw = b"ok \xe9\x80 bad"
print(raw[:3].decode())
print(raw.decode("utf-8"))
