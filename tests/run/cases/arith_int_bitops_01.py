a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 10, -1024 >> 3, 1 << 70)
print((1 << 70) >> 69, (1 << 100) & ((1 << 64) - 1))
print(~(2 ** 80))
print(bin(a), oct(a), hex(a))
print(bin(-37), hex(-255), oct(-8))
