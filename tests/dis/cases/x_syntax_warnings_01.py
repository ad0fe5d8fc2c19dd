x = 1
if x is 1:
    pass
if x is not "a":
    pass
if x is ():
    pass
assert (x, "always true")
y = (1, 2)[0.5] if False else 0
z = "abc"(1) if False else 0
w = [1, 2][()] if False else 0
v = (1)(2) if False else 0
u = "\d" if False else 0
t = 0 if x == () else 1
