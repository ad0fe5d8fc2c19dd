s = ("abc"
     "def"
     'ghi')
b = b"a" b"b"
