s = "hello"
print(s[1:4])
s[0] = "j"
