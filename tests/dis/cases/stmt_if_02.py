x = 3
if x:
    print("a")
if x == 1:
    pass
elif x == 2:
    pass
elif x == 3:
    print("three")
