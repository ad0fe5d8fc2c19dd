parts = []
for i in range(10):
    parts.append(str(i * i))
line = ",".join(parts)
print(line, len(line))
s = ""
for i in range(5):
    s += chr(ord("a") + i) * (i + 1)
print(s)
print(s.find("ddd"), s[s.find("ccc"):s.find("ccc") + 3])
