a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(0 - 0, -0, +5, -(-5))
print(abs(-12), abs(0), abs(12))
