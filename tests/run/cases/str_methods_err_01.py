s = "hello"
print(s.upper())
s.append("!")
