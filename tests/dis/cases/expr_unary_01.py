x = 5
a = -x
b = +x
c = ~x
d = not x
