# Class patterns: __match_args__, keyword attributes, built-in "match self" types, errors.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Q(P):
    pass

class NoArgs:
    def __init__(self):
        self.a = 1

class BadArgs:
    __match_args__ = ["a"]

class BadElem:
    __match_args__ = (1,)

class Prop:
    __match_args__ = ("boom", "missing")
    @property
    def boom(self):
        raise ValueError("boom!")

def show(v):
    match v:
        case P(1, y=2):
            return "P(1, y=2)"
        case Q(x, y) if x > y:
            return f"Q big {x} {y}"
        case P(x, y):
            return f"P {x} {y}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str(s) if s:
            return f"str {s}"
        case bool():
            return "bool?"
        case dict(d):
            return f"dict {d}"
        case NoArgs(a=1):
            return "NoArgs a=1"
        case _:
            return "other"

for v in [P(1, 2), Q(5, 3), Q(1, 9), P("a", "b"), 3, 2.5, True, "hi", "", {"k": 1}, NoArgs(), None]:
    print(show(v))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def m1(v):
    match v:
        case NoArgs(1):
            return "yes"
    return "no"

def m2(v):
    match v:
        case BadArgs(1):
            return "yes"
    return "no"

def m3(v):
    match v:
        case BadElem(1):
            return "yes"
    return "no"

def m4(v):
    match v:
        case P(1, 2, 3):
            return "yes"
    return "no"

def m5(v):
    match v:
        case P(x, x=1):
            return "yes"
    return "no"

def m6(v):
    match v:
        case Prop(1):
            return "yes"
    return "no"

def m7(v):
    match v:
        case Prop(missing=1):
            return "yes"
    return "no"

not_a_type = len
def m8(v):
    match v:
        case not_a_type():
            return "yes"
    return "no"

def m9(v):
    match v:
        case int(1, 2):
            return "yes"
    return "no"

attempt("no match_args", lambda: m1(NoArgs()))
attempt("no match_args, other", lambda: m1(5))
attempt("list match_args", lambda: m2(BadArgs()))
attempt("int element", lambda: m3(BadElem()))
attempt("too many", lambda: m4(P(1, 2)))
attempt("twice", lambda: m5(P(1, 2)))
attempt("raising property", lambda: m6(Prop()))
attempt("missing attr", lambda: m7(Prop()))
attempt("not a type", lambda: m8(1))
attempt("int two args", lambda: m9(1))
