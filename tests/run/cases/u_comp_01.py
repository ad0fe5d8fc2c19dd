squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [v for row in matrix for v in row]
print(squares, evens, pairs, sep="\n")
print(matrix, transposed, flat)
word_len = {w: len(w) for w in "the quick brown fox".split()}
print(word_len)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
uniq = {c.lower() for c in "Mississippi"}
print(sorted(uniq))
gen = (x ** 2 for x in range(5))
print(sum(gen), sum(gen))
print([s.upper() if len(s) > 3 else s for s in ["hi", "hello", "hey", "howdy"]])
print({i: [j for j in range(i)] for i in range(4)})
print([(i, c) for i, c in enumerate("abc", start=1)])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([len(n) for n in nested], max(nested, key=len))
print(any(x > 5 for x in flat), all(x >= 0 for x in flat))
x = 10
print([x for x in range(3)], x)
print([y for y in range(3)], y)
