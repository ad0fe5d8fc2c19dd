import os
name = "tmp_open_text_01.txt"
f = open(name, "w", encoding="utf-8")
n = f.write("first\nsecond\nthird ü\n")
f.close()
print(n)
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    print([line.rstrip("\n") for line in f])
os.remove(name)
