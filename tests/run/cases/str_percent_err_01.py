print("%d %d" % (1, 2))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
print("%s %s" % ("a", "b", "c"))
