x = b"abc" + "def"
