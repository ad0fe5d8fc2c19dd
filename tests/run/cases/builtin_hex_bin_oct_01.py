for n in [0, 1, 255, -255, 2 ** 40, -1]:
    print(hex(n), bin(n), oct(n))
print(format(255, "x"), format(255, "#010b"), f"{255:o}", "%x" % 255)
print(int(hex(12345), 16), int(bin(99), 2), int(oct(8), 8))
try:
    print(hex(1.5))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
