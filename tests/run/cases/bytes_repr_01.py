for b in [b"", b"'", b'"', b"'\"", b"\t\n\r", b"\x7f\x80", b"\\", bytes(range(30, 40))]:
    print(repr(b))
print(str(b"abc"), bytes.__name__)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a")
