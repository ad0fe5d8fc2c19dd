1
"string"
f = print
f("x")
[1, 2]
