# SyntaxWarnings print before the SyntaxError that stops compilation.
x = 1
while x is 1:
    x = (1, 2)(3) if x else {1}[0]
try:
    pass
finally:
    y = x is not "a"
z = "abc"[1, 2]
w = ("a", "b")["x"]
assert (x, "always true")
break
