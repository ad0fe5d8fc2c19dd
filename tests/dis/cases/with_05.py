with open("x") as f:
    data = f.read()
print(data)
