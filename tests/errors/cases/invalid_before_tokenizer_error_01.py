total = 0
len(items) = 3
msg = "unfinished
