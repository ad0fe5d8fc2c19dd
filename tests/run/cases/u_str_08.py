# Word statistics with str methods and sorting
sentence = "It was the best of times, it was the worst of times, it was the age of wisdom"
words = sentence.replace(",", "").lower().split()
lengths = [len(w) for w in words]
print(f"words={len(words)} unique={len(set(words))} avg={sum(lengths)/len(lengths):.3f}")
hist = {}
for n in lengths:
    hist[n] = hist.get(n, 0) + 1
for n in sorted(hist):
    print(f"{n:2d} | {'#' * hist[n]}")
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(sorted(first_pos, key=first_pos.get))
print(sorted(set(words), key=lambda w: (-words.count(w), w)))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
snake = "parseHTTPResponseCode"
out = ""
for i, ch in enumerate(snake):
    if ch.isupper() and i and (not snake[i - 1].isupper() or (i + 1 < len(snake) and snake[i + 1].islower())):
        out += "_"
    out += ch.lower()
print(out)
camel = "".join(p.capitalize() if i else p for i, p in enumerate("make_it_camel_case".split("_")))
print(camel)
print("%-10s|%5d|%x|%o|%e|%r" % ("left", 42, 255, 8, 12345.678, "q"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print("%d items" % "three")
