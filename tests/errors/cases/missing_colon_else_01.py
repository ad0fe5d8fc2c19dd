x = 4
if x % 2 == 0:
    print("even")
else
    print("odd")
