global x
x = 1
del x
global y, z
for y in range(2):
    z = y
import os as x
def x(): pass
class x: pass
with open("f") as x: pass
try:
    pass
except Exception as x:
    pass
x += 1
x: int = 2
print(x, y, z)
