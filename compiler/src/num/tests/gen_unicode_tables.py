"""Prints the tables of ../unicode_digits.rs, with the reference interpreter (Unicode 13.0):
    cd /tmp/x && cp gen_unicode_tables.py . && cpython310 gen_unicode_tables.py
"""
import unicodedata

print(unicodedata.unidata_version)
zeros = []
for c in range(128, 0x110000):
    d = unicodedata.decimal(chr(c), -1)
    if d == 0:
        assert all(unicodedata.decimal(chr(c + k), -1) == k for k in range(10)), hex(c)
        zeros.append(c)
    elif d > 0:
        assert unicodedata.decimal(chr(c - d), -1) == 0, hex(c)
print("DIGIT_ZEROS:", ", ".join("0x%X" % z for z in zeros))
spaces = [c for c in range(128, 0x110000) if chr(c).isspace()]
print("SPACES:", ", ".join("0x%X" % s for s in spaces))
