colors = {"red": "#f00", "green": "#0f0", "blue": "#00f"}
inverse = {v: k for k, v in colors.items()}
print(inverse)
print({k: v for k, v in sorted(colors.items(), key=lambda kv: kv[1])})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts, max(counts, key=counts.get))
print(dict(zip(range(3), "abc")), {i: i % 2 == 0 for i in range(4)})
