text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick, quick end."""

words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:<8}{n:>3} {'*' * n}")
print(len(words), len(freq))
print(text.count("the"), text.lower().count("the"))
print(text.splitlines()[1].upper())
print(max(words, key=len), min(words, key=len))
print(" ".join(w.capitalize() for w in words[:4]))
print(text.title()[:20])
print(text.find("fox"), text.rfind("fox"), text.find("cat"))
print(text.replace("quick", "slow", 2).split("\n")[2])
print("".join(reversed("stressed")), "racecar"[::-1] == "racecar")
print(text.index("cat"))
