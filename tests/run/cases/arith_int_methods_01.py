n = 1000
print(n.bit_length(), n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff", "big", signed=True))
print((255).to_bytes(2, "big", signed=True))
print((10).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((-5).__abs__(), (5).__neg__(), int.__add__(2, 3))
print((37).as_integer_ratio())
