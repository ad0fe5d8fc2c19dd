data = b"  key=value; other=thing  "
print(data.strip(), data.strip().split(b";"), data.partition(b"="))
print(b",".join([b"a", b"b"]), b"abc".center(7, b"*"), b"12".zfill(5))
print(b"Hello".lower(), b"hello".title(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"a-b-c".rsplit(b"-", 1), b"line1\nline2".splitlines())
print(b"abc".decode(), b"abc".index(b"c"), b"xyz".translate(bytes.maketrans(b"xyz", b"abc")))
