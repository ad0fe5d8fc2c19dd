s = "ab" * 500000
print(len(s), s[:6], s.count("ab"), s.find("ba"), s.rfind("ab"))
t = s.replace("a", "xy")
print(len(t), t[-6:])
parts = ("x," * 100000).split(",")
print(len(parts), parts[0], parts[-1] == "")
joined = "-".join(map(str, range(100000)))
print(len(joined), joined[-11:])
