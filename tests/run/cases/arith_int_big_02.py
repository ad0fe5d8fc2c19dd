f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(f // (2 ** 40), f % 1000003)
print(f == int(str(f)))
print(-f // 7, divmod(-f, 7)[1])
