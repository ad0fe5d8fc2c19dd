s = list(range(20))
a = s[:]
b = s[1:]
c = s[:2]
d = s[::2]
e = s[1:2:3]
f = s[-1:-5:-1]
g = s[::-1]
h = s[None:None:None]
i = s[a[0]:b[1]]
j = s[1:2, 3] if False else 0
import numpy
m = numpy.zeros((4, 4))
k = m[1:2, ::3]
l = m[..., 0]
m[:, 0] = 1
m[1:, :2] += 1
del s[:2]
s[1:3] = [9]
s[::2] = s[::2]
n = s[len(s) // 2:]
o = s[(x:=1):]
q = "abc"[1:][::-1][0]
r = s[slice(1, 2)]
t = m[(1, 2)]
u = m[1,]
v = m[()]
