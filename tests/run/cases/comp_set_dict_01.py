text = "the rain in spain stays mainly"
print(sorted({len(w) for w in text.split()}))
print({w: len(w) for w in text.split() if "ain" in w})
print({i: {j for j in range(i)} for i in range(4)})
print(sorted({c for c in text if c in "aeiou"}))
