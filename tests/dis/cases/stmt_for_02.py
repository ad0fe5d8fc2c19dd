for i in range(3):
    print(i)
for k, v in {}.items():
    print(k, v)
