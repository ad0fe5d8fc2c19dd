a = b""
b = b"\x00\x01\x7f\x80\xff"
c = rb"\d+"
d = r"\n"
