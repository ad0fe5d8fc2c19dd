import re


def parse(lines):
    out = []
    for line in lines:
        if (m := re.match(r"(\w+)=(\d+)", line)) is not None:
            out.append((m.group(1), int(m.group(2))))
        elif (n := len(line)) > 10:
            out.append(("long", n))
    while (chunk := lines.pop()) if lines else None:
        out.append(chunk)
    return out


def in_comp(data):
    filtered = [y for x in data if (y := x * 2) > 3]
    nested = [[z := a + b for b in range(2)] for a in range(2)]
    return filtered, nested, y, z


def in_lambda():
    f = lambda v: (w := v + 1) * w
    return f(2)


def in_call(v):
    print(k := v, k)
    return {(q := 1): q}, f"{(r := 5)}", r


count = 0
if any((hit := n) > 2 for n in range(5)):
    print(hit)
