import re
def f(lines):
    while (line := lines.pop()) != "":
        if m := re.match("a", line):
            print(m)
