a = 1; b = 2; c = 3
def f(): return 1
if a: b = 4
