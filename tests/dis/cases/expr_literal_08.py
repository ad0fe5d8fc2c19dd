s = "it's"
t = 'say "hi"'
u = "tab\there\nnewline\\"
v = "\u00e9\u4e2d"
w = b"\xff\x00'\""
