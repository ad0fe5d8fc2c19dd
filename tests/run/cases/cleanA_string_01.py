import string
print(string.capwords("  the QUICK  brown\tfox "), string.capwords("a-b-c", "-"), string.capwords("x  y", " "))
print(string.capwords(""), repr(string.printable[-6:]), string.ascii_letters)
T = string.Template
t = T("$a and ${b}; $$ cost $$5; $c_d")
print(t.template, t.substitute(a=1, b=2, c_d=3), t.substitute({"a": "A", "b": "B"}, c_d="CD"))
print(t.substitute({"a": 1, "b": 2, "c_d": 3}, a="kw"))
print(t.safe_substitute(a=1), T("$x $").safe_substitute(), T("${x").safe_substitute(x=1), T("$1 $x").safe_substitute({"x": 9}))
for s in ("$", "abc $ def", "line1\nline2 ${", "${1}", "x\n\n  $!"):
    try:
        T(s).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
try:
    T("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    T("$a").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
class Pct(T):
    delimiter = "%"
print(Pct("%who owes %{amt} (100%%)").substitute(who="Ann", amt=5))
class Dotted(T):
    idpattern = r"[a-z]+\.[a-z]+"
print(Dotted("$user.name and $plain").safe_substitute({"user.name": "bo"}))
class Braced(T):
    braceidpattern = r"[^}]+"
print(Braced("${hello world} $x").substitute({"hello world": "HW", "x": "X"}))
class Upper(T):
    flags = 0
    idpattern = r"[A-Z]+"
print(Upper("$ABC $abc").safe_substitute(ABC=1, abc=2))
import re
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags == re.IGNORECASE, type(T.pattern).__name__)
class Custom(T):
    pattern = r"""\[\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]\]|(?P<braced>!!)|(?P<invalid>))"""
print(Custom("[[x]] and [[[").substitute(x=5))
f = string.Formatter()
print(f.format("{} {} {}", 1, "two", 3.0), f.format("{0!r:>6}|{1!s}|{2!a}", "x", 5, "é"))
print(f.format("{a.real} {b[1]} {c[key]} {d[0][1]}", a=3, b="xyz", c={"key": "V"}, d=[[7, 8]]))
print(f.format("{0:{w}.{p}f}|{0:^{w}}", 3.14159, w=8, p=2))
print(f.format("{{literal}} {0:%Y}", __import__("datetime").date(2020, 1, 2)))
print(f.vformat("{x}-{0}", ("p",), {"x": "q"}))
print(list(f.parse("a{b!r:>3}c{{d}}{}e{0.x[1]}")), list(f.parse("")), list(f.parse("}}tail")))
print(f.get_field("0.imag", (2,), {}), f.get_field("k[0]", (), {"k": "zz"}), f.get_value(1, ("a", "b"), {}), f.get_value("n", (), {"n": 1}))
print(f.convert_field(5, "r"), f.convert_field("é", "a"), f.convert_field(5, None), f.format_field(5, "03d"))
for bad in ("{0", "{!x}", "{0!x}", "{}{0}", "{0}{}", "{1}", "{zz}", "{0[}", "}", "{:{:{}}}", "{0.}", "{0!}"):
    try:
        print(f.format(bad, "A"))
    except Exception as e:
        print(type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
print(Strict().format("{0} {x} {y:>4}", 1, x=2))
try:
    f.format()
except TypeError as e:
    print("TypeError", e)
print(string.Formatter().format(format_string="{0}", *["kw-ish"]) if False else "skip")
