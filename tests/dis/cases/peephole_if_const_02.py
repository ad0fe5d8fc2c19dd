x = 1
if None:
    x = 2
elif 1:
    x = 3
else:
    x = 4
