items = [1, 2]
[x for x in items] = [3, 4]
