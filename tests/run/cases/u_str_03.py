# Text justification and word wrap by hand
def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if sum(map(len, line)) + len(line) + len(word) > width and line:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

text = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with its notable use of significant indentation.")
lines = wrap(text, 30)
for l in lines:
    print("|" + justify(l, 30) + "|")
print()
for l in lines:
    print("|" + l.center(30, ".") + "|")
for l in lines[:2]:
    print("|" + l.rjust(30) + "|")
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("tab\tseparated\tvalues".expandtabs(4))
print("x".center(4, "ab"))
