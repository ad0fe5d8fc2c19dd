def search(n):
    i = 2
    while i * i <= n:
        if n % i == 0:
            print(n, "=", i, "*", n // i)
            break
        i += 1
    else:
        print(n, "is prime")
for n in [15, 17, 49, 97]:
    search(n)
