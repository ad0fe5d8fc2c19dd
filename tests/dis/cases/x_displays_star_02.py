a = [1, 2]
b = (3, 4)
c = {"k": 5}
l = [*a]
l2 = [*a, *b]
l3 = [0, *a, 9]
l4 = [*a, 1, 2, 3]
t = (*a,)
t2 = (*a, *b, 7)
t3 = *a, *b
s = {*a}
s2 = {*a, *b, 10}
d = {**c}
d2 = {**c, "x": 1}
d3 = {"x": 1, **c}
d4 = {"x": 1, **c, "y": 2, **c, "z": 3}
d5 = {**c, **{"w": 0}}
first, *rest = l2
*init, last = l2
a1, *mid, z1 = l2
[p, *q] = t2
(r, *_), s9 = (a, 1)
for x, *y in [l2, l3]:
    pass
print(*a, *b, sep="")
