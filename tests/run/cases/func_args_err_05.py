def f(pos, /):
    return pos
print(f(1))
f(pos=1)
