def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 180), gcd(17, 5), lcm(4, 6), lcm(21, 6))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(50) if is_prime(n)])
def digits(n):
    return [int(d) for d in str(n)]
print(sum(digits(2 ** 1000)), digits(12345)[::-1])
