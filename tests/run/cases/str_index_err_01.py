names = ["ann", "bob"]
for n in names:
    print(n[0].upper() + n[1:])
empty = ""
print(empty[0])
