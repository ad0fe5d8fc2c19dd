import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(2), m.start(), m.end())
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "abc 123 def 45"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.split(r"[,;]\s*", "a, b;c"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"), re.match("x", "yx"))
print([m.group() for m in re.finditer(r"[A-Z]", "aBcDeF")], re.subn("a", "b", "banana"))
print(re.escape("a.b*c"), re.compile(r"\d").pattern, bool(re.search("^b", "ab", re.M)))
