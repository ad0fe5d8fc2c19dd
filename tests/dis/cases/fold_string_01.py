a = "ab" * 3
b = "abc" + "def"
c = "x" * 5000
d = b"ab" * 2
