import re
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
for bad in ["a**", "[z-a]", "(?P<1>x)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
re.match(r"(\d+)", "x").group(1)
