DEBUG = False

if __debug__:
    print("debug")
else:
    print("optimized")

if not __debug__:
    print("never")

assert __debug__
x = 1 if 0 else 2
y = 1 if 1 else 2
z = (0 and foo()) or (1 or bar())
w = None if None else "x"
if 1 and DEBUG:
    print("dbg")
if 0 or DEBUG:
    print("dbg2")
if True:
    a = 1
elif DEBUG:
    a = 2
while __debug__ and DEBUG:
    break
print(x, y, z, w)
