count = 0
count += 1
items = []
items += [1]
