data = [5, 12, 7, 30, 2]
print([y for x in data if (y := x * 2) > 10])
print(y)
if (n := len(data)) > 3:
    print("long", n)
total = 0
print([total := total + x for x in data], total)
import re
while (m := re.match(r"\d", "5x")):
    print(m.group())
    break
