words = ["apple", "bob", "kiwi", "banana"]
lengths = {w: len(w) for w in words}
print(lengths)
inv = {v: k for k, v in lengths.items()}
print(inv)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", 0))
print(dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({"x": 1}, y=2))
