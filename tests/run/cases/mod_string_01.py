import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable))
t = string.Template("$who likes $what, ${who}!")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="x"))
print(string.capwords("hello   big world"))
f = string.Formatter()
print(f.format("{0}-{1}", "a", "b"), list(f.parse("x{0}y{name:>3}")))
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError:", e)
