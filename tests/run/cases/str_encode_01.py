s = "naïve café"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("€".encode("utf-16-le"), "A".encode("utf-32-be"))
