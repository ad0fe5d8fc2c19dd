def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        name, _, score = l.partition(":")
        yield name.strip(), int(score)
data = """
ann: 90
bob: 72

cy: 85
"""
records = list(parse(non_empty(read_lines(data))))
print(records)
print(max(records, key=lambda r: r[1]), sum(s for _, s in records) / len(records))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
