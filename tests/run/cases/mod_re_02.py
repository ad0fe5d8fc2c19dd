import re
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
s = "name=ann;age=30;city=paris"
print([m.groupdict() for m in pat.finditer(s)])
print(pat.sub(lambda m: m["key"].upper(), s))
print(re.findall(r"(\w)(\d)", "a1b2c3"), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.search(r"colou?r", "my color").group(), re.match(r"(a|b)*c", "ababc").group(1))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.MULTILINE))
print(re.split(r"(\d)", "a1b2c"), re.findall(r".", "a\nb", re.S), re.findall(r"\bcat\b", "cat concat cat."))
print(re.search(r"(\d+)-(\d+)?", "10-").groups(), re.match(r"a{2,3}", "aaaa").group())
