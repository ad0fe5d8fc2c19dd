z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(1j * 1j, 2j ** 2, (1 + 1j) ** 2)
print(complex("1+2j"), complex(2), complex(0, -0.0), -1j)
print(z == complex(3.0, 4.0), z != w)
print(repr(1j), repr(1 + 0j), repr(complex(-0.0, 1)))
