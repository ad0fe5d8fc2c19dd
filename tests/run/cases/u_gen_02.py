# pipelines of generators
lines = """# config
host = example.com
port=8080

  debug = true
# trailing comment
timeout = 2.5""".splitlines()

def strip_comments(lines):
    for l in lines:
        l = l.split("#", 1)[0].strip()
        if l:
            yield l

def parse_pairs(lines):
    for l in lines:
        key, _, val = l.partition("=")
        yield key.strip(), val.strip()

def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v in ("true", "false"):
            v = v == "true"
        else:
            try:
                v = float(v)
            except ValueError:
                pass
        yield k, v

cfg = dict(convert(parse_pairs(strip_comments(lines))))
print(cfg)

def gen_with_return():
    yield 1
    yield 2
    return "result"

def delegator():
    r = yield from gen_with_return()
    print("sub-generator returned", r)
    yield 3

print(list(delegator()))
g = gen_with_return()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def integers():
    n = 1
    while True:
        yield n
        n += 1

evens = (n for n in integers() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(5)])
import itertools
print(list(itertools.islice(integers(), 3, 8)))
print(list(itertools.takewhile(lambda x: x < 30, (n * n for n in integers()))))
def bad():
    yield 1
    raise StopIteration
print(list(bad()))
