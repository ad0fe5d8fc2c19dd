s = "Hello, World"
print(s.lower().count("l"), s.index("World"), s.partition(", "), s.swapcase())
print(s.ljust(15, "."), s.rjust(15, "."), s.center(16, "="))
print(s.startswith("hello"), s.lower().startswith("hello"), s.endswith(("World", "x")))
print(s.split(", "), s[::-1], "".join(sorted(s.lower() if c.isalpha() else "" for c in s)))
print("-".join(s), s.replace("l", "L", 2), s.find("z"), s.isascii())
