x = 0
y = x or [] and None
z = not (x and y)
