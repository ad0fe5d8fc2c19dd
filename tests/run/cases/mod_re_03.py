import re
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "joe@home, ann@work"))
print(re.findall(r"(\w+)=(\d+)?", "a=1 b= c=3"), re.split(r"\s*,\s*", "a , b,c", maxsplit=1))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "on 2024-05-17")
print(m, m.lastindex, m.lastgroup, m.span("month"), m["year"], m.group(1, 2))
print(re.sub(r"x*", "-", "abxd"), re.findall(r"\b\w", "hello big world"))
print(re.match(r"(a)(b)?", "ac").groups("-"), re.fullmatch(r"a|ab", "ab"))
p = re.compile(r"^\s*(\w+):", re.M | re.I)
print(p, p.findall("Key: v\n  other: w"), p.groups, p.groupindex)
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.escape("1+1=2?"), re.sub("a", lambda m: m.group().upper(), "banana", count=2))
print(re.match(r"é+", "ééa").end(), re.search("$", "ab\n").span(), re.findall("a{,2}", "aaa"))
for bad in ["(a", "a)", "*a", "a{2}{3}", "(?P<a>x)(?P<a>y)"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "->", e)
