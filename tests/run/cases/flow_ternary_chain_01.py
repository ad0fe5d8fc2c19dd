def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
a = 0 or "" or None or "last"
b = 1 and "x" and [] and "unreached"
print(repr(a), repr(b))
print(None or 0, [] and 1, (1, 2) and "t")
