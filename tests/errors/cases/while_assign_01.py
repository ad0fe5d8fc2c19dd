f = open("data.txt")
while line = f.readline():
    print(line)
