line = "  alpha  beta\tgamma\ndelta  "
print(line.split())
print(line.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"))
print("".split(), "".split(","))
