text = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful and fast;
plays well with others; runs everywhere; is friendly and easy to learn."""
words = [w.strip(".,;").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq))
for word, n in top:
    print(f"{word:>12} | {'#' * n} {n}")
lines = text.splitlines()
print(max(lines, key=len)[:20], [len(l) for l in lines])
print(text.title().split()[:4], sum(c.isupper() for c in text))
