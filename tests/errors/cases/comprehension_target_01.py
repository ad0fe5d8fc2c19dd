xs = [1, 2]
ys = [3, 4]
pairs = [x, y for x in xs for y in ys]
