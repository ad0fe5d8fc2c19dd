x = 3.75
print(x.is_integer(), (4.0).is_integer())
print(x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(x.real, x.imag, x.conjugate())
print(int(x), int(-x), float(7))
print(float.__add__(1.5, 2))
