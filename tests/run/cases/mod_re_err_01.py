import re
print(re.findall(r"[abc]", "a1c"))
m = re.match(r"\d+", "abc")
print(m)
print(m.group())
