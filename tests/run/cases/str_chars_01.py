for c in ["a", "Z", "5", " ", "é", "字", "\n"]:
    print(repr(c), c.isalpha(), c.isupper(), c.islower(), c.isdigit(), c.isspace(), ord(c))
print(chr(0), repr(chr(0x10FFFF)), chr(65) + chr(66))
try:
    print(chr(0x110000))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
